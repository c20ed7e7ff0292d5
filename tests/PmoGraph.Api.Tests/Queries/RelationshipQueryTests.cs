using System.Text.Json;

namespace PmoGraph.Api.Tests.Queries;

public sealed class RelationshipQueryTests(PmoApiFactory factory) : IClassFixture<PmoApiFactory>
{
    // The whole demo portfolio in one query costs more than the default limit, which is LimitTests' subject, not this class's.
    private readonly HttpClient _client = factory.WithoutCostLimit().CreateClient();

    [Fact]
    public async Task Portfolios_DownToProjects_CoverTheWholeDemoPortfolio()
    {
        var data = await _client.DataAsync("""
            { portfolios(first: 50) { totalCount nodes { id name programs(first: 50) { nodes { id name portfolio { id } projects(first: 50) { nodes { code program { id } } } } } } } }
            """);

        var portfolios = data.GetProperty("portfolios");
        Assert.True(portfolios.GetProperty("totalCount").GetInt32() >= 3);
        var programs = portfolios.GetProperty("nodes").EnumerateArray()
            .SelectMany(p => p.GetProperty("programs").GetProperty("nodes").EnumerateArray().Select(program => (Portfolio: p, Program: program)))
            .ToList();
        Assert.True(programs.Count >= 8);
        Assert.All(programs, pair =>
        {
            Assert.Equal(pair.Portfolio.GetProperty("id").GetInt32(), pair.Program.GetProperty("portfolio").GetProperty("id").GetInt32());
            Assert.All(pair.Program.GetProperty("projects").GetProperty("nodes").EnumerateArray(), project =>
                Assert.Equal(pair.Program.GetProperty("id").GetInt32(), project.GetProperty("program").GetProperty("id").GetInt32()));
        });
        var codes = programs.SelectMany(p => p.Program.GetProperty("projects").GetProperty("nodes").EnumerateArray().Select(x => x.GetProperty("code").GetString())).ToList();
        Assert.Equal(60, codes.Count);
        Assert.Equal(60, codes.Distinct().Count());
    }

    [Fact]
    public async Task Project_ById_ReturnsTheSameProjectAsTheList()
    {
        var first = (await _client.DataAsync("{ projects(first: 1) { nodes { id code name program { name portfolio { name } } } } }"))
            .GetProperty("projects").GetProperty("nodes")[0];

        var byId = (await _client.DataAsync(
            "query($id: Int!) { project(id: $id) { code name program { name portfolio { name } } } }",
            new { id = first.GetProperty("id").GetInt32() })).GetProperty("project");

        Assert.Equal(first.GetProperty("code").GetString(), byId.GetProperty("code").GetString());
        Assert.Equal(first.GetProperty("name").GetString(), byId.GetProperty("name").GetString());
        Assert.Equal(
            first.GetProperty("program").GetProperty("portfolio").GetProperty("name").GetString(),
            byId.GetProperty("program").GetProperty("portfolio").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Project_UnknownId_IsNullWithoutError()
    {
        var data = await _client.DataAsync("{ project(id: 987654) { code } }");

        Assert.Equal(JsonValueKind.Null, data.GetProperty("project").ValueKind);
    }

    [Fact]
    public async Task Person_ManagedProjects_PointBackToTheManager()
    {
        var people = (await _client.DataAsync("{ people(first: 50) { nodes { id managedProjects(first: 50) { nodes { code manager { id } } } } } }"))
            .GetProperty("people").GetProperty("nodes").EnumerateArray().ToList();

        var managers = people.Where(p => p.GetProperty("managedProjects").GetProperty("nodes").GetArrayLength() > 0).ToList();
        Assert.NotEmpty(managers);
        Assert.All(managers, person => Assert.All(person.GetProperty("managedProjects").GetProperty("nodes").EnumerateArray(), project =>
            Assert.Equal(person.GetProperty("id").GetInt32(), project.GetProperty("manager").GetProperty("id").GetInt32())));
    }

    [Fact]
    public async Task NestedQuery_FiftyProjects_IsBatchedPerLevelNotPerRow()
    {
        const string query = "{ projects(first: 50) { nodes { code program { name portfolio { name } } manager { name } sponsor { name } department { name } } } }";
        await _client.DataAsync(query);
        factory.SqlCommands.Reset();

        var nodes = (await _client.DataAsync(query)).GetProperty("projects").GetProperty("nodes");

        Assert.Equal(50, nodes.GetArrayLength());
        Assert.All(nodes.EnumerateArray(), n => Assert.False(string.IsNullOrEmpty(n.GetProperty("program").GetProperty("portfolio").GetProperty("name").GetString())));
        // One page query, one per navigation level (programs, portfolios, people for manager and sponsor, departments).
        Assert.InRange(factory.SqlCommands.Count, 1, 6);
    }

    [Fact]
    public async Task SiblingRootFields_SharingTheRequestStore_AllResolve()
    {
        var data = await _client.DataAsync("""
            {
              a: projects(first: 5) { totalCount nodes { program { name } } }
              b: portfolios(first: 5) { totalCount nodes { programs { nodes { name } } } }
              c: programs(first: 5) { totalCount nodes { projects { nodes { code } } } }
              d: people(first: 5) { totalCount nodes { department { name } } }
              e: departments(first: 5) { totalCount nodes { people { nodes { name } } } }
              f: projects(last: 5) { totalCount nodes { manager { name } } }
            }
            """);

        Assert.Equal(60, data.GetProperty("a").GetProperty("totalCount").GetInt32());
        Assert.Equal(60, data.GetProperty("f").GetProperty("totalCount").GetInt32());
        Assert.Equal(5, data.GetProperty("c").GetProperty("nodes").GetArrayLength());
    }
}
