using System.Text.Json;

namespace PmoGraph.Api.Tests.Mutations;

/// <summary>A mutation payload's entity is read back through the projection: its navigations cost one statement.</summary>
public sealed class PayloadProjectionTests(PmoApiFactory factory) : IClassFixture<PmoApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task CreateProgram_NestedPayload_OneStatementMoreThanAFlatPayload()
    {
        var portfolio = (await _client.DataAsync("{ portfolios(first: 1) { nodes { id name } } }"))
            .GetProperty("portfolios").GetProperty("nodes")[0];
        var portfolioId = portfolio.GetProperty("id").GetInt32();
        const string nested = "portfolio { name owner { name } programs(first: 3, where: { code: { startsWith: \"I3-\" } }, order: [{ code: DESC }]) { totalCount nodes { code manager { name } projects(first: 2) { nodes { code } } } } }";

        var flat = await StatementsAsync("I3-FLAT-1", portfolioId, "");
        var deep = await StatementsAsync("I3-DEEP-1", portfolioId, nested);
        var flatAgain = await StatementsAsync("I3-FLAT-2", portfolioId, "");
        var deepAgain = await StatementsAsync("I3-DEEP-2", portfolioId, nested);

        Assert.Equal(flat.Count + 1, deep.Count);
        Assert.Equal(flatAgain.Count + 1, deepAgain.Count);
        var program = deepAgain.Program;
        Assert.Equal("I3-DEEP-2", program.GetProperty("code").GetString());
        Assert.Equal(portfolio.GetProperty("name").GetString(), program.GetProperty("portfolio").GetProperty("name").GetString());
        var programs = program.GetProperty("portfolio").GetProperty("programs");
        Assert.Equal(["I3-FLAT-2", "I3-FLAT-1", "I3-DEEP-2"], programs.GetProperty("nodes").EnumerateArray().Select(p => p.GetProperty("code").GetString()));
    }

    private async Task<(int Count, JsonElement Program)> StatementsAsync(string code, int portfolioId, string nested)
    {
        factory.SqlCommands.Reset();
        var data = await _client.DataAsync(
            "mutation($input: CreateProgramInput!) { createProgram(input: $input) { program { code " + nested + " } errors { __typename } } }",
            new { input = new { code, name = "Payload " + code, portfolioId } });
        var payload = data.GetProperty("createProgram");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        return (factory.SqlCommands.Texts.Count, payload.GetProperty("program"));
    }
}
