using PmoGraph.PowerBi.Tests.Infrastructure;
using PmoGraph.PowerBi.Tests.Tmdl;

namespace PmoGraph.PowerBi.Tests.SemanticModel;

public sealed class TmdlFileTests
{
    public static TheoryData<string> TmdlFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.SemanticModelDefinition, "*.tmdl", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(RepositoryPaths.SemanticModelDefinition, file).Replace('\\', '/'));
        return data;
    }

    [Theory]
    [MemberData(nameof(TmdlFiles))]
    public void TmdlFile_Parses_WithTabsNoBomAndLfLineEnds(string relativePath)
    {
        var path = Path.Combine(RepositoryPaths.SemanticModelDefinition, relativePath);
        var text = File.ReadAllText(path);

        var roots = TmdlParser.ParseFile(path);

        Assert.NotEmpty(roots);
        Assert.DoesNotContain('\r', text);
        Assert.DoesNotContain(text.Split('\n'), line => line.StartsWith(' '));
    }

    [Fact]
    public void Database_CompatibilityLevel_SupportsPowerBiDesktop()
    {
        var level = int.Parse(ModelDefinition.Current.Database.Property("compatibilityLevel")!, System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(level >= 1567, $"compatibilityLevel {level}");
    }
}
