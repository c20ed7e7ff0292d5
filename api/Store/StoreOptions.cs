namespace PmoGraph.Api.Store;

/// <summary>Which store backs the API (configuration section <c>Database</c>).</summary>
public sealed class StoreOptions
{
    public const string Sqlite = "Sqlite";

    public const string Postgres = "Postgres";

    /// <summary>
    /// <c>Sqlite</c> (the default, an embedded file under <c>data/</c>) or <c>Postgres</c> (also spelled
    /// <c>PostgreSQL</c>), which needs <c>ConnectionStrings:Pmo</c>.
    /// </summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>
    /// The most store contexts kept for reuse, per kind (with row rules, without): a request leases one and returns it.
    /// Past it a request makes a context of its own, disposed after it.
    /// </summary>
    public int ContextPoolSize { get; set; } = DefaultContextPoolSize;

    /// <summary>Used when <c>Database:ContextPoolSize</c> is not set.</summary>
    public const int DefaultContextPoolSize = 256;

    /// <summary>
    /// On SQLite in a file, the most connections kept open for compiled reads, each with its statements kept prepared
    /// (<see cref="SqliteReadConnections"/>); a request finding none free uses its context's own; 0 keeps none.
    /// </summary>
    public int SqliteReadConnections { get; set; } = DefaultSqliteReadConnections;

    /// <summary>Used when <c>Database:SqliteReadConnections</c> is not set.</summary>
    public const int DefaultSqliteReadConnections = 8;

    /// <summary>Used when <c>ConnectionStrings:Pmo</c> is not set.</summary>
    public const string DefaultSqliteConnectionString = "Data Source=data/pmograph.db";
}
