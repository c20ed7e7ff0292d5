using System.Globalization;
using GraphQL.Types;
using PmoGraph.Api.Demo;
using PmoGraph.Api.Store;
using PmoGraph.Schema.Graph;

namespace PmoGraph.Api.Cli;

/// <summary>
/// The verbs <c>dotnet run --project api -- VERB</c> understands. A verb runs against the configured store and exits;
/// with no verb the API serves.
/// </summary>
internal static class CliVerbs
{
    public static readonly IReadOnlySet<string> Names = new HashSet<string>(StringComparer.Ordinal) { "migrate", "seed", "export-schema", ClosePeriodVerb.Name, "token", "reporting-key" };

    /// <summary>Runs the verb in <paramref name="args"/>[0], if any; returns the exit code, or null to serve.</summary>
    public static async Task<int?> RunAsync(WebApplication app, string[] args)
    {
        if (args.Length == 0 || !Names.Contains(args[0]))
        {
            return null;
        }

        var cancellationToken = app.Lifetime.ApplicationStopping;
        switch (args[0])
        {
            case "migrate":
                await app.Services.MigrateStoreAsync(cancellationToken);
                Console.WriteLine("The store is migrated.");
                return 0;
            case "seed":
                return await SeedAsync(app, cancellationToken);
            case ClosePeriodVerb.Name:
                return await ClosePeriodVerb.RunAsync(app, args, cancellationToken);
            case "token":
                return await SecurityVerbs.TokenAsync(app);
            case "reporting-key":
                return await SecurityVerbs.ReportingKeyAsync(app, args, cancellationToken);
            default:
                return await ExportSchemaAsync(app, cancellationToken);
        }
    }

    private static async Task<int> SeedAsync(WebApplication app, CancellationToken cancellationToken)
    {
        var scale = app.Configuration.GetValue("scale", DemoScale.Default.Projects);
        var seed = app.Configuration.GetValue("seed", DemoScale.Default.Seed);
        if (scale < 1)
        {
            await Console.Error.WriteLineAsync("--scale must be a positive number of projects.");
            return 2;
        }

        await app.Services.MigrateStoreAsync(cancellationToken);
        await using var scope = app.Services.CreateAsyncScope();
        var seeded = await scope.ServiceProvider.GetRequiredService<DemoPortfolioSeeder>()
            .SeedIfEmptyAsync(new DemoScale(scale, seed), cancellationToken, new ConsoleProgressBar("Seeding", Console.Error));
        Console.WriteLine(seeded
            ? string.Create(CultureInfo.InvariantCulture, $"Seeded a portfolio of {scale} projects.")
            : "The store already holds a portfolio; nothing was seeded.");
        return seeded ? 0 : 1;
    }

    private static async Task<int> ExportSchemaAsync(WebApplication app, CancellationToken cancellationToken)
    {
        var path = app.Configuration["out"] ?? Path.Combine(RepositoryRoot(app.Environment.ContentRootPath), "schema", "schema.graphql");
        var sdl = SchemaSdl.Print(app.Services.GetRequiredService<ISchema>());
        await File.WriteAllTextAsync(path, sdl, cancellationToken);
        Console.WriteLine($"Wrote the schema SDL to {Path.GetFullPath(path)}.");
        return 0;
    }

    /// <summary>The checkout the API runs from (the folder holding PmoGraph.sln), or the content root outside one.</summary>
    private static string RepositoryRoot(string contentRoot)
    {
        for (var directory = new DirectoryInfo(contentRoot); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PmoGraph.sln")))
            {
                return directory.FullName;
            }
        }

        return contentRoot;
    }
}
