using Dapper;
using PmoGraph.Reports.Views;

namespace PmoGraph.Reports.Reading;

/// <summary>
/// One read of a view: the columns to return, and SQL fragments whose values are all in <see cref="Parameters"/>
/// (never in the text). Built by the CSV/JSON export (everything) and the OData feed (its query options).
/// </summary>
public sealed class ViewQuery(ViewDefinition view)
{
    public ViewDefinition View { get; } = view;

    /// <summary>The columns returned, in order; the key column is always read first besides (see <see cref="ViewReader"/>).</summary>
    public IReadOnlyList<ViewColumn> Columns { get; set; } = view.Columns;

    /// <summary>Conditions joined with AND; each is SQL text over quoted column names and <c>@p</c> parameters.</summary>
    public List<string> Conditions { get; } = [];

    /// <summary>ORDER BY terms; the key is always appended last so the order is total and paging stable.</summary>
    public List<string> OrderBy { get; } = [];

    public long? Limit { get; set; }

    public long Offset { get; set; }

    public DynamicParameters Parameters { get; } = new();

    private int _parameterCount;

    /// <summary>Adds a parameter and returns its placeholder.</summary>
    public string AddParameter(object? value)
    {
        var name = $"p{_parameterCount++}";
        Parameters.Add(name, value);
        return "@" + name;
    }

    public static string Quote(string column) => $"\"{column}\"";

    internal string SelectSql()
    {
        var key = Quote(View.Key);
        var columns = string.Join(", ", Columns.Select(c => Quote(c.Name)));
        var sql = $"SELECT {key}, {columns} FROM {View.Name}{WhereSql()} ORDER BY {string.Join(", ", OrderBy.Append($"{key} ASC"))}";
        if (Limit is not null || Offset > 0)
        {
            sql += $" LIMIT {AddParameter(Limit ?? long.MaxValue)} OFFSET {AddParameter(Offset)}";
        }

        return sql;
    }

    internal string CountSql() => $"SELECT COUNT(*) FROM {View.Name}{WhereSql()}";

    private string WhereSql() => Conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", Conditions.Select(c => $"({c})"));
}
