namespace PmoGraph.Api.Tests.Introspection;

/// <summary>
/// The depth and cost limits count the data an operation reads, not its introspection: under limits far below what
/// introspection would cost as data, tools' documents are answered, and the data part of a mixed document is held to
/// the limits exactly as alone (the same bounds as LimitTests).
/// </summary>
public sealed class IntrospectionDataLimitTests : IDisposable
{
    private const string DeepIntrospection = "__schema { types { fields { type { ofType { ofType { name } } } } } }";

    private readonly PmoApiFactory _api = new();

    public IntrospectionDataLimitTests()
    {
        _api.Settings["Limits:MaxDepth"] = "4";
        _api.Settings["Limits:MaxCost"] = "62";
    }

    [Fact]
    public async Task ToolsDocument_UnderTinyDataLimits_IsAnswered()
    {
        var client = _api.CreateClient();

        var response = await client.QueryAsync(IntrospectionFixtures.Read("graphql-16.15.0/" + IntrospectionFixtures.AllOptions));

        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
    }

    [Fact]
    public async Task MixedDocument_DataAtTheLimits_Accepted_PastThem_Refused()
    {
        var client = _api.CreateClient();

        // projects (1) + nodes (1) + 20 rows x (id + code + name) (60) = 62, the cost limit; depth 2 data, 7 introspection.
        var atLimit = await client.QueryAsync($"{{ {DeepIntrospection} projects(first: 20) {{ nodes {{ id code name }} }} }}");
        var pastCost = await client.QueryAsync($"{{ {DeepIntrospection} projects(first: 21) {{ nodes {{ id code name }} }} }}");
        var atDepth = await client.QueryAsync($"{{ {DeepIntrospection} project(id: 1) {{ program {{ portfolio {{ id }} }} }} }}");
        var pastDepth = await client.QueryAsync($"{{ {DeepIntrospection} project(id: 1) {{ program {{ portfolio {{ programs {{ nodes {{ id }} }} }} }} }} }}");

        Assert.False(atLimit.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.False(atDepth.TryGetProperty("errors", out errors), errors.ToString());
        Assert.Equal(["QUERY_TOO_COMPLEX"], pastCost.ErrorCodes());
        Assert.Equal(["QUERY_TOO_COMPLEX"], pastDepth.ErrorCodes());
    }

    [Fact]
    public async Task IntrospectionThroughFragmentsOnTheRoot_IsLeftOutOfTheDataLimits_DataInThemIsNot()
    {
        var client = _api.CreateClient();

        var introspection = await client.QueryAsync($"{{ ...Root ... on Query {{ __type(name: \"Project\") {{ fields {{ type {{ ofType {{ ofType {{ name }} }} }} }} }} }} }} fragment Root on Query {{ {DeepIntrospection} }}");
        var data = await client.QueryAsync($"{{ ...Root }} fragment Root on Query {{ {DeepIntrospection} project(id: 1) {{ program {{ portfolio {{ programs {{ nodes {{ id }} }} }} }} }} }}");

        Assert.False(introspection.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal(["QUERY_TOO_COMPLEX"], data.ErrorCodes());
    }

    public void Dispose() => _api.Dispose();
}
