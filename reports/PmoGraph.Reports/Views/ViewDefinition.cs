namespace PmoGraph.Reports.Views;

/// <summary>A reporting view: its name, what one row is, its key column, its columns, and its SQL template.</summary>
/// <param name="Name">The view's name, <c>bi_...</c>.</param>
/// <param name="Kind"><c>dimension</c> or <c>fact</c>.</param>
/// <param name="Grain">What one row of a fact is; null for a dimension.</param>
/// <param name="Description">What the view is for.</param>
/// <param name="Key">The column that identifies a row: the OData entity key.</param>
/// <param name="Seek">
/// The columns of the default paging order (<c>-- seek:</c>, the key when absent): unique per row and non-null, so
/// they order the rows totally, and ones the store can seek on below the view (for an aggregate view, grouping columns
/// an index leads with), so a keyset page reads only its own rows.
/// </param>
/// <param name="Columns">The columns in the order the view returns them.</param>
/// <param name="Template">The <c>CREATE VIEW</c> statement with its dialect macros unexpanded.</param>
/// <param name="Scope">
/// The column that scopes a row to a portfolio (<c>-- scope:</c>): <c>portfolio_key</c>, or the key of a dimension
/// that carries <c>portfolio_key</c> (<c>project_key</c> reaches it through <c>bi_dim_project</c>);
/// <see cref="SharedScope"/> for reference data every role reads whole; null when the rows cannot be scoped (the view
/// is then refused to the portfolio and project managers).
/// </param>
/// <param name="Sensitivity">
/// <c>-- sensitive:</c>: the whole view is money or people data (as a GraphQL type marked sensitive as a whole), and is
/// refused to the viewer role; <see cref="Views.Sensitivity.Open"/> when absent, its columns then declaring their own.
/// </param>
public sealed record ViewDefinition(
    string Name,
    string Kind,
    string? Grain,
    string Description,
    string Key,
    IReadOnlyList<string> Seek,
    IReadOnlyList<ViewColumn> Columns,
    string Template,
    string? Scope,
    Sensitivity Sensitivity)
{
    /// <summary>The <c>-- scope:</c> of reference data that every role reads whole (dates, departments, people).</summary>
    public const string SharedScope = "shared";

    /// <summary>The column every scope leads to.</summary>
    public const string PortfolioKey = "portfolio_key";

    public ViewColumn KeyColumn => Columns.First(c => c.Name == Key);

    /// <summary>The seek columns, in paging order.</summary>
    public IReadOnlyList<ViewColumn> SeekColumns => [.. Seek.Select(name => Columns.First(c => c.Name == name))];

    public ViewColumn? FindColumn(string name) => Columns.FirstOrDefault(c => c.Name == name);
}
