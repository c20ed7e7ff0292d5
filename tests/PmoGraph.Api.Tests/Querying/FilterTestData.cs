using System.Text.Json;

namespace PmoGraph.Api.Tests.Querying;

/// <summary>Helpers to write filter literals from the demo data.</summary>
public static class FilterTestData
{
    /// <summary>A GraphQL string literal (JSON string escaping is valid GraphQL).</summary>
    public static string Literal(string value) => JsonSerializer.Serialize(value);

    /// <summary>The ids of <paramref name="rows"/> matching <paramref name="predicate"/>, in id order.</summary>
    public static List<int> IdsWhere(this IEnumerable<ProjectRow> rows, Func<ProjectRow, bool> predicate) =>
        [.. rows.Where(predicate).Select(r => r.Id).Order()];

    /// <summary>The median of the budgets: a threshold that splits the projects in two non-empty halves.</summary>
    public static decimal MedianBudget(this IReadOnlyList<ProjectRow> rows) =>
        rows.Select(r => r.BudgetAtCompletion).Order().ElementAt(rows.Count / 2);
}
