using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;

namespace PmoGraph.Api.Tests.GraphQL.PersistedQueries;

/// <summary>
/// Apollo's automatic persisted queries: an unknown hash gets <c>PERSISTED_QUERY_NOT_FOUND</c> (message
/// <c>PersistedQueryNotFound</c>, which Apollo clients answer by resending with the query), a hash with its query
/// registers it, and later requests send the hash alone, by POST or GET. A wrong or malformed hash is a coded error,
/// never a 5xx, and registers nothing.
/// </summary>
public sealed class AutomaticPersistedQueryTests(PmoApiFactory api) : IClassFixture<PmoApiFactory>
{
    public static TheoryData<string> MalformedExtensions =>
    [
        """{"persistedQuery":"abc"}""",
        """{"persistedQuery":5}""",
        """{"persistedQuery":[]}""",
        """{"persistedQuery":{}}""",
        """{"persistedQuery":{"version":2,"sha256Hash":"%HASH%"}}""",
        """{"persistedQuery":{"version":"1","sha256Hash":"%HASH%"}}""",
        """{"persistedQuery":{"version":1.5,"sha256Hash":"%HASH%"}}""",
        """{"persistedQuery":{"version":null,"sha256Hash":"%HASH%"}}""",
        """{"persistedQuery":{"sha256Hash":"%HASH%"}}""",
        """{"persistedQuery":{"version":1}}""",
        """{"persistedQuery":{"version":1,"sha256Hash":123}}""",
        """{"persistedQuery":{"version":1,"sha256Hash":null}}""",
        """{"persistedQuery":{"version":1,"sha256Hash":""}}""",
        """{"persistedQuery":{"version":1,"sha256Hash":"xyz"}}""",
        """{"persistedQuery":{"version":1,"sha256Hash":"%HASH%0"}}""",
        """{"persistedQuery":{"version":1,"sha256Hash":"%HASH63%"}}""",
        """{"persistedQuery":{"version":1,"sha256Hash":"%HASH63%g"}}""",
        """{"persistedQuery":{"version":1,"sha256Hash":"%HASH63%\u0661"}}""",
        """{"persistedQuery":{"version":1,"sha256Hash":"sha256:%HASH%"}}""",
        """{"persistedQuery":{"version":1,"sha256Hash":["%HASH%"]}}""",
        """{"persistedQuery":{"version":99999999999999999999999,"sha256Hash":"%HASH%"}}""",
    ];

    [Fact]
    public async Task UnknownHash_IsNotFound_AsApolloClientsExpect()
    {
        var client = api.CreateClient();
        var hash = PersistedQueryRequests.Sha256("query NeverSent { projects(first: 1) { totalCount } }");

        using var response = await client.PostPersistedAsync(hash);
        var body = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["PERSISTED_QUERY_NOT_FOUND"], body.ErrorCodes());
        Assert.Equal("PersistedQueryNotFound", body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.False(body.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task HashWithQuery_Registers_ThenTheHashAloneRuns_ByPostAndGet()
    {
        var client = api.CreateClient();
        const string Query = "query ApqProjects($n: Int) { projects(first: $n) { nodes { id code } } }";
        var hash = PersistedQueryRequests.Sha256(Query);
        var direct = await client.DataAsync(Query, new { n = 3 });

        using var miss = await client.PostPersistedAsync(hash, variables: new { n = 3 });
        using var register = await client.PostPersistedAsync(hash, Query, new { n = 3 });
        using var byHash = await client.PostPersistedAsync(hash, variables: new { n = 3 });
        using var byHashUpperCase = await client.PostPersistedAsync(hash.ToUpperInvariant(), variables: new { n = 3 });
        using var getResponse = await client.GetWithExtensionsAsync(JsonSerializer.Serialize(PersistedQueryRequests.Extension(hash)), variables: new { n = 3 });
        var get = await getResponse.ReadJsonAsync();

        Assert.Equal(["PERSISTED_QUERY_NOT_FOUND"], (await miss.ReadJsonAsync()).ErrorCodes());
        Assert.Equal(direct.GetRawText(), (await register.AssertDataAsync()).GetRawText());
        Assert.Equal(direct.GetRawText(), (await byHash.AssertDataAsync()).GetRawText());
        Assert.Equal(direct.GetRawText(), (await byHashUpperCase.AssertDataAsync()).GetRawText());
        Assert.False(get.TryGetProperty("errors", out _), get.ToString());
        Assert.Equal(3, get.GetProperty("data").GetProperty("projects").GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task Get_RegistersWithTheQuery_ThenServesTheHashAlone()
    {
        var client = api.CreateClient();
        const string Query = "query ApqGet { portfolios(first: 2) { nodes { id } } }";
        var hash = PersistedQueryRequests.Sha256(Query);

        using var notFound = await client.GetPersistedAsync(hash, accept: GraphQLHttp.GraphQLResponseJson);
        using var register = await client.GetPersistedAsync(hash, Query);
        using var byHash = await client.GetPersistedAsync(hash);

        Assert.Equal(HttpStatusCode.OK, notFound.StatusCode);
        Assert.Equal(["PERSISTED_QUERY_NOT_FOUND"], (await notFound.ReadJsonAsync()).ErrorCodes());
        var registered = await register.AssertDataAsync(GraphQLHttp.Json);
        Assert.Equal(registered.GetRawText(), (await byHash.AssertDataAsync(GraphQLHttp.Json)).GetRawText());
    }

    [Fact]
    public async Task PersistedMutationOverGet_IsStillRefused()
    {
        var client = api.CreateClient();
        const string Mutation = "mutation ApqGetMutation { __typename }";
        var hash = PersistedQueryRequests.Sha256(Mutation);
        using var register = await client.PostPersistedAsync(hash, Mutation);

        using var get = await client.GetPersistedAsync(hash);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
        Assert.Equal(["METHOD_NOT_ALLOWED"], (await get.ReadJsonAsync()).ErrorCodes());
    }

    [Fact]
    public async Task MismatchedHash_IsRefused_AndRegistersNothing()
    {
        var client = api.CreateClient();
        const string Query = "query ApqMismatch { projects(first: 1) { totalCount } }";
        var otherHash = PersistedQueryRequests.Sha256(Query + " ");

        using var mismatch = await client.PostPersistedAsync(otherHash, Query);
        using var afterwards = await client.PostPersistedAsync(otherHash);
        using var getMismatch = await client.GetPersistedAsync(otherHash, Query);

        var body = await mismatch.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.BadRequest, mismatch.StatusCode);
        Assert.Equal(["PERSISTED_QUERY_HASH_MISMATCH"], body.ErrorCodes());
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Equal(["PERSISTED_QUERY_NOT_FOUND"], (await afterwards.ReadJsonAsync()).ErrorCodes());
        Assert.Equal(["PERSISTED_QUERY_HASH_MISMATCH"], (await getMismatch.ReadJsonAsync()).ErrorCodes());
    }

    [Theory]
    [MemberData(nameof(MalformedExtensions))]
    public async Task MalformedPersistedQuery_IsACodedClientError_ByPostAndGet(string extensionsTemplate)
    {
        var client = api.CreateClient();
        const string Query = "query ApqMalformed { projects(first: 1) { totalCount } }";
        var hash = PersistedQueryRequests.Sha256(Query);
        var extensions = extensionsTemplate.Replace("%HASH63%", hash[..63], StringComparison.Ordinal).Replace("%HASH%", hash, StringComparison.Ordinal);

        foreach (var query in new[] { null, Query })
        {
            var body = $$"""{"query":{{JsonSerializer.Serialize(query)}},"extensions":{{extensions}}}""";
            using var post = await client.PostGraphQLAsync(GraphQLHttp.JsonBody(body), GraphQLHttp.GraphQLResponseJson);
            using var get = await client.GetWithExtensionsAsync(extensions, query);

            foreach (var response in new[] { post, get })
            {
                var json = await response.ReadJsonAsync();
                Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{extensions}: {(int)response.StatusCode}");
                Assert.Equal(["PERSISTED_QUERY_INVALID"], json.ErrorCodes());
                Assert.False(json.TryGetProperty("data", out _));
            }

            Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        }
    }

    [Fact]
    public async Task SwitchedOff_AHashIsNotSupported_AndAPlainQueryStillRuns()
    {
        using var off = api.WithWebHostBuilder(b => b.UseSetting("GraphQL:PersistedQueries:Enabled", "false"));
        var client = off.CreateClient();
        const string Query = "query ApqOff { projects(first: 1) { totalCount } }";

        using var response = await client.PostPersistedAsync(PersistedQueryRequests.Sha256(Query), Query);

        Assert.Equal(["PERSISTED_QUERY_NOT_SUPPORTED"], (await response.ReadJsonAsync()).ErrorCodes());
        await client.DataAsync(Query);
    }
}
