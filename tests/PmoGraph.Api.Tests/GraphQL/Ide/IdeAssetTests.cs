using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace PmoGraph.Api.Tests.GraphQL.Ide;

/// <summary>The IDE's files are the API's own: served to anyone, byte for byte, cacheable for good, with no CDN in the page.</summary>
public sealed partial class IdeAssetTests(PmoApiFactory factory) : IClassFixture<PmoApiFactory>
{
    private readonly HttpClient _anonymous = factory.CreateAnonymousClient();

    [Theory]
    [MemberData(nameof(IdeFiles.ServedData), MemberType = typeof(IdeFiles))]
    public async Task Get_EveryVendoredFile_ServedAnonymouslyByteForByteWithItsTypeAndAYearOfCache(string file)
    {
        var response = await _anonymous.GetAsync($"{IdeFiles.AssetsUrl}/{file}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(IdeFiles.Folder, file)), await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(ExpectedMediaType(file), response.Content.Headers.ContentType?.ToString());
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
        Assert.NotNull(response.Headers.ETag);
        Assert.False(response.Headers.ETag.IsWeak);
    }

    [Theory]
    [MemberData(nameof(IdeFiles.ServedData), MemberType = typeof(IdeFiles))]
    public async Task Get_EveryVendoredFileWithItsETag_Returns304WithoutABody(string file)
    {
        var first = await _anonymous.GetAsync($"{IdeFiles.AssetsUrl}/{file}");
        var again = new HttpRequestMessage(HttpMethod.Get, $"{IdeFiles.AssetsUrl}/{file}");
        again.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"some-other-version\""));
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var response = await _anonymous.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Equal(first.Headers.ETag, response.Headers.ETag);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Head_AScript_ReturnsItsLengthWithoutABody()
    {
        var file = IdeFiles.Served().First(f => f.EndsWith(".js", StringComparison.Ordinal));

        var response = await _anonymous.SendAsync(new HttpRequestMessage(HttpMethod.Head, $"{IdeFiles.AssetsUrl}/{file}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new FileInfo(Path.Combine(IdeFiles.Folder, file)).Length, response.Content.Headers.ContentLength);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Page_LinksOnlyTheApisOwnFiles_AndEveryVendoredScriptAndStylesheet()
    {
        var links = Links(await PageAsync()).ToList();

        // Nothing leaves the host: every src and href is a path on it, under the versioned assets URL.
        Assert.All(links, link => Assert.StartsWith(IdeFiles.AssetsUrl + "/", link, StringComparison.Ordinal));
        var linked = links.Select(l => l[(IdeFiles.AssetsUrl.Length + 1)..]).ToHashSet(StringComparer.Ordinal);
        var vendored = IdeFiles.Served().Where(f => f != "LICENSE" && !f.EndsWith("/LICENSE", StringComparison.Ordinal));
        Assert.Equal(vendored.Order(StringComparer.Ordinal), linked.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void VendoredPackages_EachCarryTheirLicence()
    {
        var packages = IdeFiles.Served().Select(f => f[..f.IndexOf('/', StringComparison.Ordinal)]).Distinct().Where(p => p.Contains('@', StringComparison.Ordinal)).ToList();

        Assert.Equal(["graphiql@3.8.3", "react-dom@18.3.1", "react@18.3.1"], packages);
        Assert.All(packages, p => Assert.StartsWith("MIT License", File.ReadAllText(Path.Combine(IdeFiles.Folder, p, "LICENSE")), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Page_TellsANewcomerHowToMintAndSendAToken()
    {
        var html = await PageAsync();

        Assert.Contains("<code>dotnet run --project api -- token --role pmo-admin --sub you@example.com</code>", html, StringComparison.Ordinal);
        Assert.Contains("portfolio-manager, project-manager, analyst, viewer", html, StringComparison.Ordinal);
        Assert.Contains("<code>{\"Authorization\": \"Bearer &lt;token&gt;\"}</code>", html, StringComparison.Ordinal);
        Assert.Contains("defaultEditorToolsVisibility: 'headers'", html, StringComparison.Ordinal);
        Assert.Contains("defaultHeaders: \"{\\n  \\u0022Authorization\\u0022: \\u0022Bearer \\u003Cpaste the token here\\u003E\\u0022\\n}\"", html, StringComparison.Ordinal);

        // The README says the same (its first-query section and the token section).
        var readme = await File.ReadAllTextAsync(Path.Combine(IdeFiles.RepositoryRoot, "README.md"));
        Assert.Contains("`dotnet run --project api -- token --role pmo-admin --sub you@example.com`", readme, StringComparison.Ordinal);
        Assert.Contains("`{\"Authorization\": \"Bearer <token>\"}`", readme, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("graphiql@3.8.2/graphiql.min.js")]
    [InlineData("graphiql@3.8.3/GRAPHIQL.MIN.JS")]
    [InlineData("graphiql@3.8.3")]
    [InlineData("README.md")]
    [InlineData("..%2F..%2Fappsettings.json")]
    [InlineData("")]
    public async Task Get_NoSuchFile_Returns404WithACode(string file)
    {
        var response = await _anonymous.GetAsync($"{IdeFiles.AssetsUrl}/{file}");

        await response.AssertRequestErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND", "There is no IDE file at", GraphQLHttp.Json);
    }

    [Fact]
    public async Task Post_AFile_Returns405WithAllow()
    {
        var response = await _anonymous.PostAsync($"{IdeFiles.AssetsUrl}/{IdeFiles.Served()[0]}", GraphQLHttp.JsonBody("{}"));

        await response.AssertRequestErrorAsync(HttpStatusCode.MethodNotAllowed, "METHOD_NOT_ALLOWED", "use GET", GraphQLHttp.Json);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Get_Favicon_Anonymous_Returns204NotA401()
    {
        var response = await _anonymous.GetAsync("/favicon.ico");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    private static string ExpectedMediaType(string file) => Path.GetExtension(file) switch
    {
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".svg" => "image/svg+xml",
        _ => "text/plain; charset=utf-8",
    };

    private async Task<string> PageAsync()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, GraphQLHttp.Endpoint);
        request.Headers.TryAddWithoutValidation("Accept", "text/html");
        var response = await _anonymous.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static IEnumerable<string> Links(string html) => SrcOrHref().Matches(html).Select(m => m.Groups["url"].Value);

    [GeneratedRegex("""\b(?:src|href)\s*=\s*"(?<url>[^"]*)"|\b(?:src|href)\s*=\s*'(?<url>[^']*)'""", RegexOptions.IgnoreCase)]
    private static partial Regex SrcOrHref();
}
