namespace PmoGraph.Reports.Views;

/// <summary>A reporting view: its name, what one row is, its key column, its columns, and its SQL template.</summary>
/// <param name="Name">The view's name, <c>bi_...</c>.</param>
/// <param name="Kind"><c>dimension</c> or <c>fact</c>.</param>
/// <param name="Grain">What one row of a fact is; null for a dimension.</param>
/// <param name="Description">What the view is for.</param>
/// <param name="Key">The column that identifies a row: the OData entity key and the stable paging order.</param>
/// <param name="Columns">The columns in the order the view returns them.</param>
/// <param name="Template">The <c>CREATE VIEW</c> statement with its dialect macros unexpanded.</param>
public sealed record ViewDefinition(
    string Name,
    string Kind,
    string? Grain,
    string Description,
    string Key,
    IReadOnlyList<ViewColumn> Columns,
    string Template)
{
    public ViewColumn KeyColumn => Columns.First(c => c.Name == Key);

    public ViewColumn? FindColumn(string name) => Columns.FirstOrDefault(c => c.Name == name);
}
