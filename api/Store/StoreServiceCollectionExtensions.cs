using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PmoGraph.Api.Demo;
using PmoGraph.Migrations.Postgres;
using PmoGraph.Migrations.Sqlite;
using PmoGraph.Reports;
using PmoGraph.Schema.Authorization;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Api.Store;

internal static class StoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers the EF Core store and its Dapper twin on the configured provider. Configuration is read when the
    /// container is built, so hosts and tests can override it up to that moment.
    /// </summary>
    public static IServiceCollection AddPmoStore(this IServiceCollection services)
    {
        services.AddSingleton(provider => StoreSettings.From(provider.GetRequiredService<IConfiguration>()));
        services.AddSingleton<SqliteUnicodeFunctions>();
        services.AddSingleton<SqliteDecimalSum>();
        services.AddSingleton<SqliteCommandInterrupt>();
        services.AddSingleton<SqliteKeptStatements>();
        services.AddDbContext<PmoDbContext>((provider, db) =>
        {
            var settings = provider.GetRequiredService<StoreSettings>();
            if (settings.IsPostgres)
            {
                db.UsePmoPostgres(settings.ConnectionString);
            }
            else
            {
                db.UseSqlite(settings.ConnectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrations.AssemblyName));
                db.AddInterceptors(
                    provider.GetRequiredService<SqliteUnicodeFunctions>(),
                    provider.GetRequiredService<SqliteDecimalSum>(),
                    provider.GetRequiredService<SqliteCommandInterrupt>());
                db.ReplaceService<IExceptionDetector, SqliteInterruptDetector>();
            }

            // Interceptors registered in the container (SQL statement counters in tests and benchmarks) see every command.
            db.AddInterceptors(provider.GetServices<IInterceptor>());
            if (!settings.IsPostgres)
            {
                // Last, so the others have seen a command before it may run on a kept prepared one (SqliteReadConnections).
                db.AddInterceptors(provider.GetRequiredService<SqliteKeptStatements>());
            }

            PmoDbContext.ApplyStoreConventions(db);
        },
        // The options hold nothing of a request (the caller's row scope is the context's own), so they are built once,
        // not for every request's context: building them was a third of a small request's allocations.
        optionsLifetime: ServiceLifetime.Singleton);
        // A request's context is leased from the pool of its kind and enters the caller's scope; the container disposes
        // it at the end of the request, which forgets the scope and returns it (PmoContextPool).
        services.AddSingleton(provider => new PmoContextPool(
            provider.GetRequiredService<DbContextOptions<PmoDbContext>>(), provider.GetRequiredService<StoreSettings>().ContextPoolSize));
        services.Replace(ServiceDescriptor.Scoped(provider => provider.GetRequiredService<PmoContextPool>().Lease(provider.GetRequiredService<RowScope>())));
        services.AddSingleton<IReadConnections>(provider => new SqliteReadConnections(
            provider.GetRequiredService<DbContextOptions<PmoDbContext>>(),
            provider.GetRequiredService<SqliteKeptStatements>(),
            provider.GetRequiredService<StoreSettings>().SqliteReadConnections));
        services.AddPmoReports(
            provider => provider.GetRequiredService<StoreSettings>().ConnectionString,
            provider => provider.GetRequiredService<StoreSettings>().IsPostgres);
        services.AddScoped<DemoPortfolioSeeder>();
        return services;
    }
}
