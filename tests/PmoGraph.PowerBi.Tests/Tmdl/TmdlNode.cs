namespace PmoGraph.PowerBi.Tests.Tmdl;

/// <summary>One TMDL object: <c>keyword name = expression</c>, its properties, its children and its /// description.</summary>
public sealed class TmdlNode(string keyword, string name, string? expression, int line)
{
    public string Keyword { get; } = keyword;
    public string Name { get; } = name;
    public string? Expression { get; } = expression;
    public int Line { get; } = line;
    public string? Description { get; set; }
    public Dictionary<string, string> Properties { get; } = new(StringComparer.Ordinal);
    public List<TmdlNode> Children { get; } = [];

    public IEnumerable<TmdlNode> ChildrenOf(string keyword) => Children.Where(c => c.Keyword == keyword);

    public string? Property(string name) => Properties.TryGetValue(name, out var value) ? value : null;

    public bool HasFlag(string name) => Properties.TryGetValue(name, out var value) && value == TmdlParser.FlagValue;

    public override string ToString() => $"{Keyword} {Name} (line {Line})";
}
