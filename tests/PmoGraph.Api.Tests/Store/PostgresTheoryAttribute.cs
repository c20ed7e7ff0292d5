namespace PmoGraph.Api.Tests.Store;

/// <summary>A theory that needs a PostgreSQL server: skipped, saying why, when <c>PMOGRAPH_TEST_POSTGRES</c> is not set.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute()
    {
        if (TestStores.PostgresAdminConnectionString is null)
        {
            Skip = PostgresFactAttribute.Reason;
        }
    }
}
