namespace PmoGraph.Api.Tests.Store;

/// <summary>
/// Which store the integration tests run on, from the environment: <c>PMOGRAPH_TEST_PROVIDER</c> (<c>Sqlite</c>, the
/// default, or <c>Postgres</c>) and <c>PMOGRAPH_TEST_POSTGRES</c>, an Npgsql connection string for a role allowed to
/// create databases (each factory gets a database of its own and drops it when disposed).
/// </summary>
public static class TestStores
{
    public const string Sqlite = "Sqlite";

    public const string Postgres = "Postgres";

    public const string ProviderVariable = "PMOGRAPH_TEST_PROVIDER";

    public const string PostgresVariable = "PMOGRAPH_TEST_POSTGRES";

    /// <summary>The provider of this run.</summary>
    public static string Provider { get; } =
        Environment.GetEnvironmentVariable(ProviderVariable)?.Trim().ToUpperInvariant() is "POSTGRES" or "POSTGRESQL" ? Postgres : Sqlite;

    /// <summary>The PostgreSQL server tests may use, or null when none is configured.</summary>
    public static string? PostgresAdminConnectionString { get; } =
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;
}
