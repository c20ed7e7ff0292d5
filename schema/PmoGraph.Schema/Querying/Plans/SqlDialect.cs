using System.Globalization;

namespace PmoGraph.Schema.Querying;

/// <summary>
/// How the compiled read path asks the store to build JSON: SQLite's JSON1 functions or PostgreSQL's. Each node is
/// a JSON array of its selected values in plan order (names are the plan's business, not the database's), each
/// nested list an aggregate of its page's rows.
/// </summary>
internal sealed class SqlDialect
{
    public static readonly SqlDialect Sqlite = new(postgres: false);

    public static readonly SqlDialect Postgres = new(postgres: true);

    private SqlDialect(bool postgres) => IsPostgres = postgres;

    public bool IsPostgres { get; }

    /// <summary>
    /// Whether a page's size is written into the SQL (<c>LIMIT 21</c>) rather than bound. SQLite's planner reads a
    /// bound <c>LIMIT</c>, so binding one marks the statement expired and every run prepared it again (a kept
    /// <c>byId</c> statement: 95 µs prepared again against 16 µs run); PostgreSQL plans a bound limit generically. A
    /// statement is kept per variables' values anyway (<see cref="CompiledStatementCache"/>), so this costs no reuse.
    /// </summary>
    public bool LiteralLimits => !IsPostgres;

    public static SqlDialect? ForProvider(string? provider) => provider switch
    {
        "Microsoft.EntityFrameworkCore.Sqlite" => Sqlite,
        "Npgsql.EntityFrameworkCore.PostgreSQL" => Postgres,
        _ => null,
    };

    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>A JSON array of the given SQL values.</summary>
    public string Array(IEnumerable<string> values) => (IsPostgres ? "json_build_array(" : "json_array(") + string.Join(", ", values) + ")";

    /// <summary>
    /// A column's value as the JSON the decoder reads. SQLite writes a REAL with 15 digits in JSON, which does not
    /// always give the same double back, so a double is sent as text with 17 significant digits.
    /// </summary>
    public string Column(string alias, string column, Type providerType)
    {
        var reference = alias + "." + Quote(column);
        return !IsPostgres && (providerType == typeof(double) || providerType == typeof(float))
            ? $"CASE WHEN {reference} IS NULL THEN NULL ELSE printf('%!.17g', {reference}) END"
            : reference;
    }

    /// <summary>A scalar subquery returning one JSON value (or NULL), embedded as JSON in the enclosing array.</summary>
    public string Embed(string select) => IsPostgres ? "(" + select + ")" : "json((" + select + "))";

    /// <summary>
    /// The JSON array of <paramref name="rowJson"/> over the rows of <paramref name="from"/>, in their order. SQLite
    /// aggregates the row's JSON where it is built (a JSON value keeps its JSON type only within its own select, so
    /// another select level would parse each row's text again: 13% of a small statement's preparing and running).
    /// <paramref name="rowJson"/> must read the rows of <paramref name="from"/> or nothing: SQLite moves an aggregate
    /// whose argument reads only an enclosing query's columns out to that query. A node's JSON reads its own row's
    /// columns (a reference's key, a child list's parent id) or, holding only <c>__typename</c>, no column at all.
    /// </summary>
    public string Aggregate(string rowJson, string from, string alias) => IsPostgres
        ? $"(SELECT coalesce(json_agg({alias}.j), '[]'::json) FROM (SELECT {rowJson} AS j FROM {from}) AS {alias})"
        : $"json((SELECT json_group_array({rowJson}) FROM {from}))";

    /// <summary>
    /// The JSON array of <paramref name="select"/>'s rows, each the array of its columns in order. The columns are
    /// named by a first, empty branch of a <c>UNION ALL</c> (a compound select takes its names from its first
    /// select), so the statement's own column names, which neither store keeps, are never needed.
    /// </summary>
    public string Rows(string select, IReadOnlyList<Type> providerTypes, string alias, string outerAlias)
    {
        var names = providerTypes.Select((_, i) => Alias("c", i)).ToList();
        var header = "SELECT " + string.Join(", ", names.Select(n => "NULL AS " + Quote(n))) + " WHERE 1 = 0 UNION ALL ";
        var row = Array(names.Select((n, i) => Column(alias, n, providerTypes[i])));
        return Aggregate(row, $"({header}{select}) AS {alias}", outerAlias);
    }

    public static string Null => "NULL";

    public static string Count(string select, string alias) => $"(SELECT COUNT(*) FROM ({select}) AS {alias})";

    public static string Exists(string select) => $"EXISTS ({select})";

    public static string False => "0";

    public static string Zero => "0";

    /// <summary>
    /// The statement of one root field: one row, one column named <c>Value</c> holding the JSON as UTF-8 bytes
    /// (PostgreSQL's <c>bytea</c>, read without a string in between; SQLite hands a text value's bytes as they are
    /// stored, UTF-8 in the databases the API creates).
    /// </summary>
    public string Statement(string json) => IsPostgres ? $"SELECT convert_to(({json})::text, 'UTF8') AS \"Value\"" : $"SELECT {json} AS \"Value\"";

    public static string Alias(string prefix, int index) => prefix + index.ToString(CultureInfo.InvariantCulture);
}
