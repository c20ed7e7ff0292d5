using System.Text.Json.Nodes;
using PmoGraph.PowerBi.Tests.Infrastructure;

namespace PmoGraph.PowerBi.Tests.Report;

public sealed class PbidsTests
{
    [Fact]
    public void ODataPbids_OpensTheFeedRoot()
    {
        var details = Connection("PmoGraph.OData.pbids");

        Assert.Equal("odata", details["protocol"]!.GetValue<string>());
        Assert.Equal("http://localhost:5080/odata", details["address"]!["url"]!.GetValue<string>());
    }

    [Fact]
    public void PostgreSqlPbids_OpensThePmoGraphDatabase()
    {
        var details = Connection("PmoGraph.PostgreSQL.pbids");

        Assert.Equal("postgresql", details["protocol"]!.GetValue<string>());
        Assert.Equal("localhost:5432", details["address"]!["server"]!.GetValue<string>());
        Assert.Equal("pmograph", details["address"]!["database"]!.GetValue<string>());
    }

    [Fact]
    public void Pbids_FeedUrl_MatchesTheModelsFeedUrlParameter()
    {
        var url = Connection("PmoGraph.OData.pbids")["address"]!["url"]!.GetValue<string>();

        Assert.StartsWith($"\"{url}\" meta", SemanticModel.ModelDefinition.Current.Expressions["FeedUrl"].Expression, StringComparison.Ordinal);
    }

    private static JsonNode Connection(string file)
    {
        var pbids = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.PowerBi, file)))!;

        Assert.Equal("0.1", pbids["version"]!.GetValue<string>());
        var connection = Assert.Single(pbids["connections"]!.AsArray());
        return connection!["details"]!;
    }
}
