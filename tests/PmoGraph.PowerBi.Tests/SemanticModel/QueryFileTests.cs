using PmoGraph.PowerBi.Tests.Infrastructure;

namespace PmoGraph.PowerBi.Tests.SemanticModel;

public sealed class QueryFileTests
{
    private static string QueriesFolder => Path.Combine(RepositoryPaths.PowerBi, "queries");

    private readonly ModelDefinition _model = ModelDefinition.Current;

    [Fact]
    public void QueryFiles_EveryPartition_HasAPqFileWithTheSameM()
    {
        var problems = new List<string>();
        foreach (var table in _model.Tables.Values)
        {
            var file = Path.Combine(QueriesFolder, table.Name + ".pq");
            if (!File.Exists(file))
            {
                problems.Add($"{table.Name}: no queries/{table.Name}.pq");
                continue;
            }

            var m = ModelDefinition.PartitionM(table.ChildrenOf("partition").Single());
            var pq = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n');
            if (pq != m)
                problems.Add($"{table.Name}: queries/{table.Name}.pq differs from the partition's M");
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void QueryFiles_Every_BelongsToATable()
    {
        var orphans = Directory.EnumerateFiles(QueriesFolder, "*.pq")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => !_model.Tables.ContainsKey(name!))
            .ToList();

        Assert.Empty(orphans);
    }
}
