using Dapper;
using PmoGraph.Reports.Access;
using PmoGraph.Reports.Views;

namespace PmoGraph.Reports.Reading;

/// <summary>
/// One read of a view: the columns to return, and SQL fragments whose values are all in <see cref="Parameters"/>
/// (never in the text). Built by the CSV/JSON export (everything) and the OData feed (its query options), always for
/// a caller's <see cref="ViewAccess"/>: the view as they may read it (a refused view throws
/// <see cref="ViewAccessDeniedException"/>), and their row rule as the first condition, which every later condition
/// is ANDed with, the count included.
/// </summary>
public sealed class ViewQuery
{
    public ViewQuery(ViewDefinition view, ViewAccess access)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(access);
        View = access.Admit(view);
        Columns = View.Columns;
        access.Restrict(this);
    }

    /// <summary>The view as the caller may read it: the columns they may not read are not in it.</summary>
    public ViewDefinition View { get; }

    /// <summary>
    /// The columns returned, in order; the key column, then the seek columns other than the key, are always read
    /// first besides (see <see cref="ViewReader"/>).
    /// </summary>
    public IReadOnlyList<ViewColumn> Columns
    {
        get => _columns;
        set => _columns = value.All(View.Columns.Contains)
            ? value
            : throw new ArgumentException($"A query of {View.Name} selects only columns the caller may read.", nameof(value));
    }

    private IReadOnlyList<ViewColumn> _columns = [];

    /// <summary>Conditions joined with AND; each is SQL text over quoted column names and <c>@p</c> parameters.</summary>
    public List<string> Conditions { get; } = [];

    /// <summary>
    /// Where a keyset page starts (<see cref="SeekCondition"/>): a condition of the page's SELECT only, not of
    /// <see cref="CountSql"/>, since <c>@odata.count</c> counts the whole filtered collection on every page.
    /// </summary>
    public string? After { get; set; }

    /// <summary>
    /// ORDER BY terms; the key is always appended last so the order is total and paging stable. Without any, the rows
    /// come in the view's seek order (unique, so already total).
    /// </summary>
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

    /// <summary>The columns read before <see cref="Columns"/>: the key, then the seek columns other than the key.</summary>
    internal IReadOnlyList<string> RowIdentity => [View.Key, .. View.Seek.Where(s => s != View.Key)];

    /// <summary>
    /// The seek condition of keyset paging: the rows after <paramref name="after"/> (the last row sent, its values of
    /// the seek columns) in seek order, as a row-value comparison <c>(a, b) &gt; (@x, @y)</c>. Both stores push it
    /// below a view's grouping onto the grouped columns and serve it from an index leading with them (SQLite: a
    /// SEARCH on <c>(ProjectId,Month)&gt;(?,?)</c>; PostgreSQL: an Index Cond on <c>ROW("ProjectId", "Month")</c>).
    /// </summary>
    public string SeekCondition(IReadOnlyList<object?> after, SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(after);
        var seek = View.SeekColumns;
        if (after.Count != seek.Count)
        {
            throw new ArgumentException($"{View.Name} seeks on {seek.Count} columns, not {after.Count}.", nameof(after));
        }

        // An int stays an int: PostgreSQL compares an int column with an int parameter inside a row without a cast.
        var values = seek.Select((column, i) => AddParameter(after[i] is int number ? number : ColumnValues.ToParameter(after[i], column.Type, dialect))).ToList();
        return seek.Count == 1
            ? $"{Quote(seek[0].Name)} > {values[0]}"
            : $"({string.Join(", ", seek.Select(c => Quote(c.Name)))}) > ({string.Join(", ", values)})";
    }

    /// <summary>The SELECT this query sends (adds the LIMIT and OFFSET parameters: call it once).</summary>
    public string SelectSql()
    {
        var key = Quote(View.Key);
        var columns = string.Join(", ", RowIdentity.Select(Quote).Concat(Columns.Select(c => Quote(c.Name))));
        IEnumerable<string> order = OrderBy.Count == 0 ? View.Seek.Select(s => $"{Quote(s)} ASC") : OrderBy.Append($"{key} ASC");
        var sql = $"SELECT {columns} FROM {View.Name}{WhereSql(After)} ORDER BY {string.Join(", ", order)}";
        if (Limit is not null || Offset > 0)
        {
            sql += $" LIMIT {AddParameter(Limit ?? long.MaxValue)} OFFSET {AddParameter(Offset)}";
        }

        return sql;
    }

    /// <summary>The COUNT this query sends for <c>$count</c>.</summary>
    public string CountSql() => $"SELECT COUNT(*) FROM {View.Name}{WhereSql()}";

    private string WhereSql(string? after = null)
    {
        var conditions = after is null ? Conditions : Conditions.Append(after);
        return conditions.Any() ? " WHERE " + string.Join(" AND ", conditions.Select(c => $"({c})")) : "";
    }
}
