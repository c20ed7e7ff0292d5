using PmoGraph.PowerBi.Tests.Infrastructure;

namespace PmoGraph.PowerBi.Tests.Report;

public sealed class JsonSchemaTests
{
    private static readonly Lazy<PowerBiSchemas> Schemas = new(() => new PowerBiSchemas(RepositoryPaths.JsonSchemas));

    private static readonly string[] ProjectFileEndings = [".json", ".pbir", ".pbism", ".pbip"];

    /// <summary>Every file of the PBIP/PBIR project that Microsoft publishes a schema for (.pbids have none).</summary>
    public static TheoryData<string> ProjectFiles() => [.. ProjectFilePaths()];

    private static List<string> ProjectFilePaths() =>
        Directory.EnumerateFiles(RepositoryPaths.PowerBi, "*", SearchOption.AllDirectories)
            .Where(f => ProjectFileEndings.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}.pbi{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(RepositoryPaths.PowerBi, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    [Theory]
    [MemberData(nameof(ProjectFiles))]
    public void ProjectFile_ValidatesAgainstTheSchemaItsSchemaPropertyNames(string relativePath)
    {
        var json = File.ReadAllText(Path.Combine(RepositoryPaths.PowerBi, relativePath));

        var errors = Schemas.Value.Validate(json, relativePath);

        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }

    [Fact]
    public void ProjectFiles_CoverTheProjectReportAndModel()
    {
        var files = ProjectFilePaths();

        Assert.Contains("PmoGraph.pbip", files);
        Assert.Contains("PmoGraph.Report/definition.pbir", files);
        Assert.Contains("PmoGraph.Report/definition/report.json", files);
        Assert.Contains("PmoGraph.Report/definition/version.json", files);
        Assert.Contains("PmoGraph.Report/definition/pages/pages.json", files);
        Assert.Contains("PmoGraph.SemanticModel/definition.pbism", files);
        Assert.True(files.Count(f => f.EndsWith("/visual.json", StringComparison.Ordinal)) >= 8 * 3);
    }

    [Fact]
    public void Validate_AFileBreakingItsSchema_ReportsTheError()
    {
        const string page = """
            { "$schema": "https://developer.microsoft.com/json-schemas/fabric/item/report/definition/page/2.1.0/schema.json",
              "name": "p", "displayName": "P", "displayOption": "NotAnOption", "height": 720, "width": 1280 }
            """;

        var errors = Schemas.Value.Validate(page, "page.json");

        Assert.NotEmpty(errors);
    }

    [Fact]
    public void Validate_AnUnknownSchema_IsAnError()
    {
        var errors = Schemas.Value.Validate("""{ "$schema": "https://example.com/schema.json" }""", "x.json");

        Assert.Equal(["x.json: $schema https://example.com/schema.json is not among the local schemas"], errors);
    }
}
