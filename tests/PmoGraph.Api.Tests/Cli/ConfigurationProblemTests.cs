using Npgsql;
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
        // No server listens on port 1: serving, migrating and seeding say which server and why, not a stack.
        { ["migrate", "--Database:Provider", "Postgres", "--ConnectionStrings:Pmo", Unreachable], "Development", UnreachableMessage },
        { ["seed", "--scale", "5", "--Database:Provider", "Postgres", "--ConnectionStrings:Pmo", Unreachable], "Development", UnreachableMessage },
        { ["--urls", "http://127.0.0.1:0", "--Database:Provider", "Postgres", "--ConnectionStrings:Pmo", Unreachable], "Development", UnreachableMessage },
    };

    private const string Unreachable = "Host=127.0.0.1;Port=1;Username=pmo;Database=pmograph;Timeout=5";

    private const string UnreachableMessage = "PostgreSQL at 127.0.0.1:1, database pmograph, user pmo, cannot be used: ";

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

    [PostgresFact]
    public async Task Migrate_OnADatabaseThatDoesNotExist_CreatesItAsReadmeSays()
    {
        var admin = new NpgsqlConnectionStringBuilder(TestStores.PostgresAdminConnectionString);
        var name = "pmograph_missing_" + Guid.NewGuid().ToString("N");
        var target = new NpgsqlConnectionStringBuilder(admin.ConnectionString) { Database = name };
        try
        {
            var result = await ApiProcess.RunAsync(
                ["migrate", "--Database:Provider", "Postgres", "--ConnectionStrings:Pmo", target.ConnectionString], new Dictionary<string, string>(), _timeout);

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains($"Created the PostgreSQL database {name}", result.Output, StringComparison.Ordinal);
            await using var connection = new NpgsqlConnection(admin.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT datcollate || ' ' || datctype || ' ' || pg_encoding_to_char(encoding) FROM pg_database WHERE datname = @name", connection);
            command.Parameters.AddWithValue("name", name);
            Assert.Equal("C C.UTF-8 UTF8", await command.ExecuteScalarAsync());
        }
        finally
        {
            await using var connection = new NpgsqlConnection(admin.ConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
