using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace PmoGraph.Migrations.Postgres;

/// <summary>
/// How the portfolio store runs on PostgreSQL: this assembly's migrations, the execution strategy that retries
/// transient failures, and <see cref="PostgresModelCustomizer"/> (xmin as the concurrency token). The API and the
/// design-time factory both configure the context here, so migrations are generated from the model the API runs.
/// </summary>
public static class PostgresStore
{
    /// <summary>The EF Core provider name, as <c>Database.ProviderName</c> reports it.</summary>
    public const string ProviderName = "Npgsql.EntityFrameworkCore.PostgreSQL";

    /// <summary>How many times a transient failure (a dropped connection, a failover, a serialization failure) is retried.</summary>
    public const int MaxRetryCount = 5;

    public static string AssemblyName { get; } = typeof(PostgresStore).Assembly.GetName().Name!;

    /// <summary>Points <paramref name="options"/> at the PostgreSQL database in <paramref name="connectionString"/>.</summary>
    public static DbContextOptionsBuilder UsePmoPostgres(this DbContextOptionsBuilder options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.UseNpgsql(connectionString, npgsql => npgsql
            .MigrationsAssembly(AssemblyName)
            .EnableRetryOnFailure(MaxRetryCount, TimeSpan.FromSeconds(5), errorCodesToAdd: null));
        options.ReplaceService<IModelCustomizer, PostgresModelCustomizer>();
        return options;
    }
}
