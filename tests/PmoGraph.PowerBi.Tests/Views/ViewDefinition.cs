namespace PmoGraph.PowerBi.Tests.Views;

/// <summary>A <c>bi_</c> view as its SQL file's header describes it (the header feeds /reports and $metadata too).</summary>
public sealed record ViewDefinition(
    string Name, string Kind, string Key, string Description, string? Grain, IReadOnlyList<ViewColumn> Columns)
{
    public bool IsDimension => Kind == "dimension";

    public ViewColumn? Column(string name) => Columns.FirstOrDefault(c => c.Name == name);
}
