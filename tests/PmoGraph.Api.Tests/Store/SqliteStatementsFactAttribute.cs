namespace PmoGraph.Api.Tests.Store;

/// <summary>
/// A test whose assertions capture SQLite's SQL statements: skipped, saying why, in the PostgreSQL pass, where the same
/// query is checked for its results by the store comparison tests. Tracked on issue #9.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SqliteStatementsFactAttribute : FactAttribute
{
    public SqliteStatementsFactAttribute()
    {
        if (TestStores.Provider == TestStores.Postgres)
        {
            Skip = "Asserts SQLite's statements; on PostgreSQL the aggregate's results are compared by StoreComparisonTests.";
        }
    }
}
