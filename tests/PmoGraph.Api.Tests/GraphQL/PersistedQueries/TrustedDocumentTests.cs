using System.Net;
using System.Text.Json;

namespace PmoGraph.Api.Tests.GraphQL.PersistedQueries;

/// <summary>
/// With <c>GraphQL:TrustedDocuments</c> naming a manifest, in graphql-codegen's format or Apollo's, only its documents
/// run: by hash (the manifest's id or the SHA-256 of the text) or by exact text. Any other document is
/// <c>PERSISTED_QUERY_NOT_IN_LIST</c>, an unknown hash <c>PERSISTED_QUERY_NOT_FOUND</c>, and nothing can be registered.
/// A server given a manifest it cannot read does not start.
/// </summary>
public sealed class TrustedDocumentTests
{
    private const string Projects = "query TrustedProjects($n: Int) { projects(first: $n) { nodes { id code } } }";
    private const string Portfolios = "query TrustedPortfolios { portfolios(first: 2) { nodes { id } } }";

    public static TheoryData<string> Formats => ["codegen", "apollo"];

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Manifest_RunsItsDocumentsOnly(string format)
    {
        using var manifest = new ManifestFile(format, (Id("projects"), Projects), (Id("portfolios"), Portfolios));
        using var api = Trusted(manifest.Path);
        var client = api.CreateClient();
        var other = "query NotTrusted { projects(first: 1) { totalCount } }";

        using var byId = await client.PostPersistedAsync(Id("projects"), variables: new { n = 2 });
        using var bySha = await client.PostPersistedAsync(PersistedQueryRequests.Sha256(Projects), variables: new { n = 2 });
        using var byGet = await client.GetPersistedAsync(PersistedQueryRequests.Sha256(Portfolios));
        var byText = await client.DataAsync(Projects, new { n = 2 });
        var notInList = await client.QueryAsync(other);
        using var register = await client.PostPersistedAsync(PersistedQueryRequests.Sha256(other), other);
        using var unknown = await client.PostPersistedAsync(PersistedQueryRequests.Sha256(other));
        using var swapped = await client.PostPersistedAsync(Id("projects"), Portfolios);
        var almost = await client.QueryAsync(Projects + " ");

        Assert.Equal(byText.GetRawText(), (await byId.AssertDataAsync()).GetRawText());
        Assert.Equal(byText.GetRawText(), (await bySha.AssertDataAsync()).GetRawText());
        Assert.Equal(2, (await byGet.AssertDataAsync(GraphQLHttp.Json)).GetProperty("portfolios").GetProperty("nodes").GetArrayLength());
        Assert.Equal(["PERSISTED_QUERY_NOT_IN_LIST"], notInList.ErrorCodes());
        Assert.False(notInList.TryGetProperty("data", out _));
        Assert.Equal(["PERSISTED_QUERY_NOT_IN_LIST"], (await register.ReadJsonAsync()).ErrorCodes());
        Assert.Equal(["PERSISTED_QUERY_NOT_FOUND"], (await unknown.ReadJsonAsync()).ErrorCodes());
        Assert.Equal(["PERSISTED_QUERY_HASH_MISMATCH"], (await swapped.ReadJsonAsync()).ErrorCodes());
        Assert.Equal(["PERSISTED_QUERY_NOT_IN_LIST"], almost.ErrorCodes());
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("not json")]
    [InlineData("{\"abc\": 5}")]
    [InlineData("{\"format\": \"apollo-persisted-query-manifest\", \"version\": 1, \"operations\": [{\"id\": \"x\"}]}")]
    [InlineData("{\"format\": \"something-else\", \"operations\": []}")]
    public void UnreadableManifest_StopsTheStart(string content)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"pmograph-trusted-{Guid.NewGuid():N}.json");
        if (content != "missing")
        {
            File.WriteAllText(path, content);
        }

        try
        {
            using var api = Trusted(path);
            var failure = Assert.ThrowsAny<Exception>(() => api.CreateClient());
            Assert.Contains("trusted", failure.ToString(), StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Id(string name) => PersistedQueryRequests.Sha256("id:" + name);

    private static PmoApiFactory Trusted(string manifestPath)
    {
        var api = new PmoApiFactory();
        api.Settings["GraphQL:TrustedDocuments"] = manifestPath;
        return api;
    }

    /// <summary>A manifest in a temporary file, in codegen's format (hash to text) or Apollo's (operations with id and body).</summary>
    private sealed class ManifestFile : IDisposable
    {
        public ManifestFile(string format, params (string Id, string Body)[] documents)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"pmograph-trusted-{Guid.NewGuid():N}.json");
            object manifest = format == "apollo"
                ? new
                {
                    format = "apollo-persisted-query-manifest",
                    version = 1,
                    operations = documents.Select(d => new { id = d.Id, body = d.Body, name = "x", type = "query" }),
                }
                : documents.ToDictionary(d => d.Id, d => d.Body);
            File.WriteAllText(Path, JsonSerializer.Serialize(manifest));
        }

        public string Path { get; }

        public void Dispose() => File.Delete(Path);
    }
}
