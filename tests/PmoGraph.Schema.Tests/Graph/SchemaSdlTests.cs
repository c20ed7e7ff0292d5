using GraphQL.Types;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PmoGraph.Schema.Graph;
using Snapshooter.Xunit;

namespace PmoGraph.Schema.Tests.Graph;

public sealed class SchemaSdlTests
{
    private static string PrintSchema()
    {
        var services = new ServiceCollection();
        services.AddPmoSchema(new ConfigurationBuilder().Build());
        using var provider = services.BuildServiceProvider();
        return SchemaSdl.Print(provider.GetRequiredService<ISchema>());
    }

    [Fact]
    public void Print_CurrentSchema_MatchesApprovedSnapshot()
    {
        // A change to the public schema fails here until the snapshot is deliberately updated.
        Snapshot.Match(PrintSchema());
    }

    [Fact]
    public void Print_CurrentSchema_EqualsCheckedInSchemaFile()
    {
        var checkedIn = File.ReadAllText(Path.Combine(RepositoryRoot(), "schema", "schema.graphql"));

        Assert.Equal(checkedIn, PrintSchema());
    }

    [Fact]
    public void Print_CurrentSchema_NamesHotChocolateConnectionTypes()
    {
        var sdl = PrintSchema();

        Assert.Contains("type ProjectsConnection {", sdl, StringComparison.Ordinal);
        Assert.Contains("type ProjectsEdge {", sdl, StringComparison.Ordinal);
        Assert.Contains("totalCount: Int!", sdl, StringComparison.Ordinal);
        Assert.Contains("scalar Date", sdl, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PmoGraph.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("PmoGraph.sln not found above the test binaries.");
    }
}
