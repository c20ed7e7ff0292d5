using Microsoft.Extensions.Configuration;
using Npgsql;
using PmoGraph.Api.Store;

namespace PmoGraph.Api.Tests.Store;

/// <summary>
/// The Npgsql settings the store adds to a PostgreSQL connection string (prepared statements, no reset on close): on
/// when the string does not name them, the string's own value whenever it does, in any spelling Npgsql accepts.
/// </summary>
public sealed class PostgresConnectionDefaultsTests
{
    private const string Given = "Host=db.internal;Port=5433;Database=pmograph;Username=pmograph;Password=secret;Maximum Pool Size=50";

    /// <summary>Each setting, how to read it back, the value the store picks and a value a user might pick instead.</summary>
    private static readonly (string Property, string Display, Func<NpgsqlConnectionStringBuilder, object> Read, object Default, object[] UserValues)[] Settings =
    [
        (nameof(NpgsqlConnectionStringBuilder.MaxAutoPrepare), "Max Auto Prepare", b => b.MaxAutoPrepare, PostgresConnectionDefaults.MaxAutoPrepare, [0, 10]),
        (nameof(NpgsqlConnectionStringBuilder.AutoPrepareMinUsages), "Auto Prepare Min Usages", b => b.AutoPrepareMinUsages, PostgresConnectionDefaults.AutoPrepareMinUsages, [5, 1]),
        (nameof(NpgsqlConnectionStringBuilder.NoResetOnClose), "No Reset On Close", b => b.NoResetOnClose, true, [false]),
    ];

    public static TheoryData<string, string> UserSettings()
    {
        var data = new TheoryData<string, string>();
        foreach (var setting in Settings)
        {
            foreach (var keyword in new[] { setting.Display, setting.Property, setting.Display.ToLowerInvariant(), setting.Property.ToUpperInvariant() })
            {
                foreach (var value in setting.UserValues)
                {
                    data.Add(keyword, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!);
                }
            }
        }

        return data;
    }

    [Fact]
    public void From_PostgresWithoutTheSettings_AddsEachAndKeepsTheRest()
    {
        var effective = new NpgsqlConnectionStringBuilder(Resolve("Postgres", Given).ConnectionString);

        foreach (var setting in Settings)
        {
            Assert.Equal(setting.Default, setting.Read(effective));
        }

        var given = new NpgsqlConnectionStringBuilder(Given);
        Assert.Equal((given.Host, given.Port, given.Database, given.Username, given.Password, given.MaxPoolSize),
            (effective.Host, effective.Port, effective.Database, effective.Username, effective.Password, effective.MaxPoolSize));
    }

    [Theory]
    [MemberData(nameof(UserSettings))]
    public void From_PostgresNamingASetting_KeepsTheUsersValueAndAddsTheOthers(string keyword, string value)
    {
        var effective = new NpgsqlConnectionStringBuilder(Resolve("Postgres", $"{Given};{keyword}={value}").ConnectionString);
        var expected = new NpgsqlConnectionStringBuilder($"{Given};{keyword}={value}");

        foreach (var setting in Settings)
        {
            var named = string.Equals(keyword.Replace(" ", "", StringComparison.Ordinal), setting.Property, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(named ? setting.Read(expected) : setting.Default, setting.Read(effective));
        }
    }

    [Fact]
    public void From_Sqlite_LeavesTheConnectionStringAsGiven()
    {
        const string sqlite = "Data Source=:memory:";

        Assert.Equal(sqlite, Resolve("Sqlite", sqlite).ConnectionString);
    }

    /// <summary>
    /// On a real server, through a pool of its own built from the store's effective connection string: a statement run
    /// twice is prepared on the connection, and a session setting survives the connection's return to the pool (no
    /// <c>DISCARD ALL</c>); with the user's opposite settings, neither happens.
    /// </summary>
    [PostgresFact]
    public async Task EffectiveConnectionString_OnPostgres_PreparesRepeatedStatementsAndKeepsTheSessionAcrossThePool()
    {
        var admin = TestStores.PostgresAdminConnectionString!;

        var defaults = await ProbeAsync(Resolve("Postgres", admin).ConnectionString);
        var userOff = await ProbeAsync(Resolve("Postgres", admin + ";Max Auto Prepare=0;No Reset On Close=false").ConnectionString);

        Assert.Equal((SameBackend: true, Prepared: 1L, Setting: "kept"), defaults);
        Assert.Equal((SameBackend: true, Prepared: 0L, Setting: ""), userOff);
    }

    private static async Task<(bool SameBackend, long Prepared, string Setting)> ProbeAsync(string connectionString)
    {
        // A pool of one connection, used only here.
        var pooled = new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = "pmograph-probe-" + Guid.NewGuid().ToString("N"), MaxPoolSize = 1 };
        try
        {
            int firstBackend;
            await using (var first = new NpgsqlConnection(pooled.ConnectionString))
            {
                await first.OpenAsync();
                firstBackend = await ScalarAsync<int>(first, "SELECT pg_backend_pid()");
                await ScalarAsync<string>(first, "SELECT set_config('pmograph.probe', 'kept', false)");
                for (var i = 0; i < 3; i++)
                {
                    await using var repeated = new NpgsqlCommand("SELECT count(*) FROM pg_class WHERE relname = @name /* pmograph-probe */", first);
                    repeated.Parameters.AddWithValue("name", "pg_type");
                    await repeated.ExecuteScalarAsync();
                }
            }

            await using var second = new NpgsqlConnection(pooled.ConnectionString);
            await second.OpenAsync();
            var secondBackend = await ScalarAsync<int>(second, "SELECT pg_backend_pid()");
            var prepared = await ScalarAsync<long>(second, "SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE '%pmograph-probe */%' AND statement NOT LIKE '%pg_prepared_statements%'");
            var setting = await ScalarAsync<string?>(second, "SELECT current_setting('pmograph.probe', true)") ?? "";
            return (firstBackend == secondBackend, prepared, setting);
        }
        finally
        {
            await using var pool = new NpgsqlConnection(pooled.ConnectionString);
            NpgsqlConnection.ClearPool(pool);
        }
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is DBNull ? default! : (T)value!;
    }

    private static StoreSettings Resolve(string provider, string connectionString) =>
        StoreSettings.From(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Provider"] = provider, ["ConnectionStrings:Pmo"] = connectionString })
            .Build());
}
