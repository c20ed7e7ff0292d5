namespace PmoGraph.Api.Tests.Store;

/// <summary>A test that needs a PostgreSQL server: skipped, saying why, when <c>PMOGRAPH_TEST_POSTGRES</c> is not set.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Reason = "No PostgreSQL server configured: set " + TestStores.PostgresVariable + " to an admin connection string to run it.";

    public PostgresFactAttribute()
    {
        if (TestStores.PostgresAdminConnectionString is null)
        {
            Skip = Reason;
        }
    }
}
