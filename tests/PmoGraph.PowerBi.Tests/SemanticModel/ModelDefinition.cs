using PmoGraph.PowerBi.Tests.Infrastructure;
using PmoGraph.PowerBi.Tests.Tmdl;

namespace PmoGraph.PowerBi.Tests.SemanticModel;

/// <summary>The TMDL files of <c>PmoGraph.SemanticModel/definition</c>, parsed once.</summary>
public sealed class ModelDefinition
{
    public const string MeasuresTable = "_Measures";

    private static readonly Lazy<ModelDefinition> Loaded = new(() => new ModelDefinition(RepositoryPaths.SemanticModelDefinition));

    private ModelDefinition(string folder)
    {
        ModelFile = TmdlParser.ParseFile(Path.Combine(folder, "model.tmdl"));
        Model = Single(Path.Combine(folder, "model.tmdl"), "model");
        Database = Single(Path.Combine(folder, "database.tmdl"), "database");
        Tables = Directory.EnumerateFiles(Path.Combine(folder, "tables"), "*.tmdl")
            .Select(file => (File: file, Node: Single(file, "table")))
            .ToDictionary(t => t.Node.Name, t => t.Node, StringComparer.Ordinal);
        TableFiles = Directory.EnumerateFiles(Path.Combine(folder, "tables"), "*.tmdl")
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f), StringComparer.Ordinal);
        Relationships = TmdlParser.ParseFile(Path.Combine(folder, "relationships.tmdl"));
        Expressions = TmdlParser.ParseFile(Path.Combine(folder, "expressions.tmdl"))
            .ToDictionary(e => e.Name, StringComparer.Ordinal);
    }

    public static ModelDefinition Current => Loaded.Value;

    public TmdlNode Model { get; }

    /// <summary>Everything at the top of model.tmdl: the model, query groups, annotations and <c>ref</c> lines.</summary>
    public IReadOnlyList<TmdlNode> ModelFile { get; }

    public TmdlNode Database { get; }

    public IReadOnlyDictionary<string, TmdlNode> Tables { get; }

    public IReadOnlyDictionary<string, string> TableFiles { get; }

    public IReadOnlyList<TmdlNode> Relationships { get; }

    public IReadOnlyDictionary<string, TmdlNode> Expressions { get; }

    public IEnumerable<TmdlNode> Measures => Tables.Values.SelectMany(t => t.ChildrenOf("measure"));

    public TmdlNode? Column(string table, string column) =>
        Tables.TryGetValue(table, out var t) ? t.ChildrenOf("column").FirstOrDefault(c => c.Name == column) : null;

    /// <summary>The partition's M, common indentation removed.</summary>
    public static string PartitionM(TmdlNode partition) =>
        partition.Property("source") ?? throw new InvalidOperationException($"{partition} has no source.");

    private static TmdlNode Single(string file, string keyword)
    {
        var roots = TmdlParser.ParseFile(file).Where(n => n.Keyword == keyword).ToList();
        if (roots.Count != 1)
            throw new FormatException($"{file}: expected one '{keyword}' object, found {roots.Count}.");
        return roots[0];
    }
}
