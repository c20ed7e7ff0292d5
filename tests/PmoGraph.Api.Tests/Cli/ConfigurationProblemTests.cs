using PmoGraph.Api.Tests.Store;

namespace PmoGraph.Api.Tests.Cli;

/// <summary>
/// A setting the service cannot work with stops it with its message and exit code 2, serving or running a verb: no
/// unhandled exception, no stack.
/// </summary>
public sealed class ConfigurationProblemTests
{
    private static readonly TimeSpan _timeout = TimeSpan.FromMinutes(2);

    public static TheoryData<string[], string, string> Problems() => new()
    {
        { ["token", "--role", "viewer", "--sub", "a@example.com"], "Production", "No way to check tokens is configured" },
        { ["--urls", "http://127.0.0.1:0"], "Production", "No way to check tokens is configured" },
        { ["migrate", "--Database:Provider", "Oracle"], "Development", "Database:Provider 'Oracle' is not supported" },
        { ["migrate", "--Database:Provider", "Postgres", "--ConnectionStrings:Pmo", ""], "Development", "Database:Provider is Postgres but ConnectionStrings:Pmo is not set" },
        { ["token", "--role", "viewer", "--sub", "a@example.com", "--Auth:SigningKeys:0", "not*base64"], "Development", "Auth:SigningKeys:0 is not base64" },
    };

    [Theory]
    [MemberData(nameof(Problems))]
    public async Task Start_WithASettingItCannotWorkWith_PrintsTheProblemAndExitsWithCode2(string[] args, string environment, string message)
    {
        using var store = TestDatabase.Create(TestStores.Sqlite);
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!args.Contains("--ConnectionStrings:Pmo"))
        {
            settings["ConnectionStrings:Pmo"] = store.ConnectionString;
        }

        var result = await ApiProcess.RunAsync(args, settings, _timeout, environment);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("PmoGraph cannot start: " + message, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", result.Error + result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error + result.Output, StringComparison.Ordinal);
    }
}
