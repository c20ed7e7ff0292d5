namespace PmoGraph.PowerBi.Tests.Infrastructure;

/// <summary>Where the repository, its Power BI project and Microsoft's JSON schemas are on this machine.</summary>
public static class RepositoryPaths
{
    private const string SchemasRelative = "shared/powerbi/json-schemas";
    private const string SchemasVariable = "PMOGRAPH_POWERBI_SCHEMAS";

    // Lazy, so a missing schemas folder fails only the tests that need it, with its own message.
    private static readonly Lazy<string> LazyRoot = new(FindRoot);
    private static readonly Lazy<string> LazySchemas = new(FindSchemas);

    public static string Root => LazyRoot.Value;

    public static string PowerBi => Path.Combine(Root, "reports", "powerbi");

    public static string SemanticModelDefinition => Path.Combine(PowerBi, "PmoGraph.SemanticModel", "definition");

    public static string ReportDefinition => Path.Combine(PowerBi, "PmoGraph.Report", "definition");

    /// <summary>
    /// The folder holding Microsoft's <c>fabric/...</c> schemas: <c>$PMOGRAPH_POWERBI_SCHEMAS</c> when set, else the
    /// copy kept in this test project (<c>json-schemas/</c>), else the nearest <c>shared/powerbi/json-schemas</c> found walking up from the repository root (the team's shared folder
    /// sits beside the clone, as <c>../shared</c>), then from the test binaries.
    /// </summary>
    public static string JsonSchemas => LazySchemas.Value;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PmoGraph.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException(
            $"PmoGraph.sln not found above {AppContext.BaseDirectory}: run the tests from a clone of the repository.");
    }

    private static string FindSchemas()
    {
        if (Environment.GetEnvironmentVariable(SchemasVariable) is { Length: > 0 } configured)
        {
            return Directory.Exists(Path.Combine(configured, "fabric"))
                ? configured
                : throw new InvalidOperationException($"{SchemasVariable}={configured} has no fabric/ folder of Power BI schemas.");
        }

        var vendored = Path.Combine(Root, "tests", "PmoGraph.PowerBi.Tests", "json-schemas");
        if (Directory.Exists(Path.Combine(vendored, "fabric")))
            return vendored;

        string[] starts = [Root, AppContext.BaseDirectory];
        foreach (var start in starts)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, SchemasRelative);
                if (Directory.Exists(Path.Combine(candidate, "fabric")))
                    return candidate;
            }
        }

        throw new InvalidOperationException(
            $"Microsoft's Power BI JSON schemas were not found: looked for '{SchemasRelative}/fabric' in every folder " +
            $"above {Root} and above {AppContext.BaseDirectory}. Put the team's shared folder (with " +
            "powerbi/json-schemas from github.com/microsoft/json-schemas, folder fabric/) beside or above the clone, " +
            $"or point {SchemasVariable} at the json-schemas folder.");
    }
}
