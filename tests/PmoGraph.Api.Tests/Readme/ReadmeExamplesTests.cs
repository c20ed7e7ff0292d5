using System.Net;
using System.Text.Json;
using PmoGraph.Api.Tests.Store;
using Xunit.Abstractions;

namespace PmoGraph.Api.Tests.Readme;

/// <summary>
/// README.md, run as a newcomer follows it: every GraphQL document it shows is sent to the demo store as pmo-admin,
/// and every shell command is run (curl against the API, the <c>dotnet run --project api -- VERB</c> verbs as a
/// process of their own over the same store) or named below with the reason it is not. A new example is tested
/// without anyone writing a test for it; an example that fails as written fails here.
/// </summary>
public sealed class ReadmeExamplesTests(PmoApiFactory api, ITestOutputHelper output) : IClassFixture<PmoApiFactory>
{
    /// <summary>Commands README shows that this test does not run, by how they start, and why.</summary>
    private static readonly (string Prefix, string Reason)[] _notRun =
    [
        ("dotnet test PmoGraph.sln", "the command that runs this very test"),
        ("PMOGRAPH_TEST_PROVIDER=Postgres ", "the suite on PostgreSQL, which .ci/run runs"),
        ("createdb ", "needs the reader's PostgreSQL server; the Store tests and .ci/run cover the PostgreSQL path"),
        ("Database__Provider=Postgres ", "needs the reader's PostgreSQL server; the Store tests and .ci/run cover the PostgreSQL path"),
        ("dotnet tool restore", "a developer's step for adding a migration, not the service's"),
        ("cd migrations/", "adds a migration to the code base"),
        ("PMOGRAPH_POSTGRES=", "applies or scripts migrations on the reader's PostgreSQL server"),
        ("dotnet run --project tests/PmoGraph.Benchmarks", "a benchmark that runs for minutes, not a test"),
        ("dotnet run -c Release --project tests/", "a benchmark that runs for minutes, not a test"),
    ];

    private static readonly TimeSpan _verbTimeout = TimeSpan.FromMinutes(10);

    public static TheoryData<int> GraphQLBlockLines() => [.. ReadmeDocument.GraphQLBlocks().Select(b => b.Line)];

    [Theory]
    [MemberData(nameof(GraphQLBlockLines))]
    public async Task GraphQLExample_SentAsPmoAdminToTheDemoStore_AnswersWithoutErrors(int line)
    {
        var block = ReadmeDocument.GraphQLBlocks().Single(b => b.Line == line);
        var response = await api.CreateClient().QueryAsync(block.Text);
        output.WriteLine(response.ToString());

        Assert.False(response.TryGetProperty("errors", out var errors), $"{block}: {errors}");
        var data = response.GetProperty("data");
        Assert.Empty(PayloadErrors(data));
        Assert.True(HasRows(data), $"{block} answered no rows from the demo store: {data}");
    }

    [Fact]
    public async Task ShellCommands_RunAsWritten_Succeed()
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        var ran = 0;
        foreach (var command in ReadmeDocument.ShellCommands())
        {
            if (NotRunReason(command.Text) is { } reason)
            {
                output.WriteLine($"not run, {reason}: {command}");
                continue;
            }

            output.WriteLine($"run: {command}");
            await RunAsync(command, variables);
            ran++;
        }

        Assert.True(ran >= 10, $"only {ran} README commands were run: did the README or this test's reading of it change?");
    }

    [Fact]
    public void Links_StayInsideTheRepository()
    {
        foreach (var target in ReadmeDocument.LinkTargets())
        {
            if (target.StartsWith("http://localhost", StringComparison.Ordinal) || target.StartsWith('#'))
            {
                continue;
            }

            if (target.StartsWith("https://", StringComparison.Ordinal))
            {
                // Public documentation (Npgsql's connection string reference) is a link out, not a file of ours.
                Assert.DoesNotContain("../", target, StringComparison.Ordinal);
                continue;
            }

            var path = Path.GetFullPath(Path.Combine(ReadmeDocument.RepositoryRoot, target.Split('#')[0]));
            Assert.StartsWith(ReadmeDocument.RepositoryRoot + Path.DirectorySeparatorChar, path, StringComparison.Ordinal);
            Assert.True(File.Exists(path) || Directory.Exists(path), $"README links to {target}, which is not in the repository.");
        }
    }

    private static string? NotRunReason(string command)
    {
        if (command == "dotnet run --project api")
        {
            return "it serves until stopped; every API test runs the same host in process";
        }

        if (VerbArguments(command) is not null)
        {
            return null;
        }

        return _notRun.FirstOrDefault(n => command.StartsWith(n.Prefix, StringComparison.Ordinal)).Reason
            ?? (command.StartsWith("curl ", StringComparison.Ordinal) || command.Contains("=$(", StringComparison.Ordinal) ? null
                : throw new InvalidOperationException($"{command}: the README test neither runs this command nor says why not; add it to {nameof(_notRun)} with a reason, or teach the test to run it."));
    }

    private async Task RunAsync(ShellCommand command, Dictionary<string, string> variables)
    {
        if (command.Text.IndexOf("=$(", StringComparison.Ordinal) is > 0 and var equals)
        {
            // NAME=$(COMMAND | tail -1): the verb's last line of output.
            var name = command.Text[..equals];
            var inner = command.Text[(equals + 3)..^1];
            var pipe = inner.LastIndexOf('|');
            Assert.True(pipe > 0 && inner[(pipe + 1)..].Trim() == "tail -1", $"{command}: only NAME=$(VERB | tail -1) is understood");
            var result = await RunVerbAsync(new ShellCommand(inner[..pipe].Trim(), command.Line), variables);
            variables[name] = result.Output.TrimEnd('\n', '\r').Split('\n')[^1].Trim();
            return;
        }

        if (command.Text.StartsWith("curl ", StringComparison.Ordinal))
        {
            await CurlAsync(command, variables);
            return;
        }

        await RunVerbAsync(command, variables);
    }

    private async Task CurlAsync(ShellCommand command, IReadOnlyDictionary<string, string> variables)
    {
        var curl = CurlRequest.Parse(ShellWords.Split(command.Text, variables));
        Assert.Equal("localhost:5080", curl.Url.Authority);
        using var client = api.CreateAnonymousClient();
        using var request = curl.ToMessage();
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        output.WriteLine($"  {(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}");

        Assert.True(response.IsSuccessStatusCode, $"{command}: {(int)response.StatusCode} {body}");
        Assert.False(string.IsNullOrWhiteSpace(body), $"{command}: an empty body");
        if (curl.Url.AbsolutePath == "/graphql")
        {
            using var json = JsonDocument.Parse(body);
            Assert.False(json.RootElement.TryGetProperty("errors", out var errors), $"{command}: {errors}");
            Assert.True(HasRows(json.RootElement.GetProperty("data")), $"{command} answered no rows: {body}");
        }
        else if (curl.OutputFile is null)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    private async Task<ProcessResult> RunVerbAsync(ShellCommand command, IReadOnlyDictionary<string, string> variables)
    {
        var args = VerbArguments(command.Text) ?? throw new InvalidOperationException($"{command}: not a verb of the API");
        var words = ShellWords.Split(args, variables).ToList();
        var settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Auth:SigningKeys:0"] = api.SigningKey,
        };

        using var empty = words[0] == "seed" ? TestDatabase.Create() : null;
        var store = empty ?? api.Database;
        settings["Database:Provider"] = store.Provider;
        settings["ConnectionStrings:Pmo"] = store.ConnectionString;

        string? schemaOut = null;
        if (words[0] == "export-schema")
        {
            // Written beside the test instead of over the checked-in file, then compared with it.
            schemaOut = Path.Combine(Path.GetTempPath(), $"pmograph-readme-{Guid.NewGuid():N}.graphql");
            settings["out"] = schemaOut;
        }

        var result = await ApiProcess.RunAsync(words, settings, _verbTimeout);
        output.WriteLine("  " + result.ToString().Replace("\n", "\n  ", StringComparison.Ordinal));
        Assert.True(result.ExitCode == 0, $"{command}: {result}");
        Assert.DoesNotContain("Unhandled exception", result.Error, StringComparison.Ordinal);

        if (schemaOut is not null)
        {
            var written = await File.ReadAllTextAsync(schemaOut);
            File.Delete(schemaOut);
            Assert.Equal(await File.ReadAllTextAsync(Path.Combine(ReadmeDocument.RepositoryRoot, "schema", "schema.graphql")), written);
        }

        return result;
    }

    /// <summary>The verb and its arguments of <c>dotnet run --project api -- ...</c>; null for any other command.</summary>
    private static string? VerbArguments(string command)
    {
        const string Prefix = "dotnet run --project api -- ";
        return command.StartsWith(Prefix, StringComparison.Ordinal) ? command[Prefix.Length..] : null;
    }

    /// <summary>The <c>errors</c> lists of mutation payloads, flattened.</summary>
    private static IEnumerable<JsonElement> PayloadErrors(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => p.Name == "errors" && p.Value.ValueKind == JsonValueKind.Array
            ? p.Value.EnumerateArray()
            : PayloadErrors(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(PayloadErrors),
        _ => [],
    };

    /// <summary>
    /// Whether an answer holds rows of the store: some list of it is not empty, or, when it has no list (a lookup, a
    /// mutation's payload), some field is not null.
    /// </summary>
    private static bool HasRows(JsonElement data)
    {
        var lists = Descendants(data).Where(e => e.ValueKind == JsonValueKind.Array).ToList();
        return lists.Count > 0
            ? lists.Any(l => l.GetArrayLength() > 0)
            : Descendants(data).Any(e => e.ValueKind is not (JsonValueKind.Null or JsonValueKind.Object));
    }

    private static IEnumerable<JsonElement> Descendants(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Descendants(p.Value).Prepend(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(e => Descendants(e).Prepend(e)),
        _ => [],
    };
}
