using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using PmoGraph.Api.Store;
using PmoGraph.Migrations.Postgres;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Portfolios;
using PmoGraph.Schema.Querying;
using SQLitePCL;

namespace PmoGraph.Api.Tests.Store;

/// <summary>
/// SQLite connections kept open for compiled reads (<see cref="SqliteReadConnections"/>) and the statements kept
/// prepared on them (<see cref="SqliteKeptStatements"/>): leases and their bounds, what a kept connection reads (the
/// store's functions, the latest committed rows, each run's own parameters), that it blocks no writer, that a cancelled
/// statement stops and leaves it usable, and that it is closed when its pool goes. The store is SQLite in a file
/// whatever the run's provider.
/// </summary>
public sealed class SqliteReadConnectionsTests : IDisposable
{
    /// <summary>SQLite's <c>SQLITE_STMTSTATUS_REPREPARE</c> and <c>SQLITE_STMTSTATUS_RUN</c> (sqlite3.h), which SQLitePCL does not name.</summary>
    private const int StatementStatusReprepare = 5;

    private const int StatementStatusRun = 6;

    private readonly PmoApiFactory _api = PmoApiFactory.On(TestStores.Sqlite);

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task Lease_Returned_IsLeasedAgainStillOpen()
    {
        using var pool = Pool(2);
        DbConnection first;
        using (var lease = pool.Lease()!)
        {
            first = lease.Connection.DbConnection;
            Assert.Equal(1L, await ScalarAsync(lease, "SELECT 1"));
        }

        using var again = pool.Lease()!;
        Assert.Same(first, again.Connection.DbConnection);
        Assert.Equal(System.Data.ConnectionState.Open, first.State);
        Assert.Equal(1, pool.OpenConnections);
    }

    [Fact]
    public void Lease_AllLeased_IsNullUntilOneIsReturned()
    {
        using var pool = Pool(2);
        var a = pool.Lease();
        var b = pool.Lease();
        Assert.NotNull(a);
        Assert.NotNull(b);
        Assert.NotSame(a.Connection.DbConnection, b.Connection.DbConnection);
        Assert.Null(pool.Lease());

        b.Dispose();
        using var c = pool.Lease();
        Assert.Same(b.Connection.DbConnection, c!.Connection.DbConnection);
        Assert.Equal(2, pool.OpenConnections);
        a.Dispose();
    }

    [Fact]
    public void Dispose_ClosesIdleConnectionsNowAndLeasedOnesWhenReturned()
    {
        var statements = Statements;
        var before = statements.Connections;
        var pool = Pool(3);
        var leased = pool.Lease()!;
        var idle = pool.Lease()!;
        var idleConnection = idle.Connection.DbConnection;
        idle.Dispose();
        Assert.Equal(before + 2, statements.Connections);

        pool.Dispose();

        Assert.Equal(System.Data.ConnectionState.Closed, idleConnection.State);
        Assert.Equal(System.Data.ConnectionState.Open, leased.Connection.DbConnection.State);
        Assert.Null(pool.Lease());
        var leasedConnection = leased.Connection.DbConnection;
        leased.Dispose();
        Assert.Equal(System.Data.ConnectionState.Closed, leasedConnection.State);
        Assert.Equal(0, pool.OpenConnections);
        Assert.Equal(before, statements.Connections);
    }

    [Theory]
    [InlineData("Data Source=:memory:", false)]
    [InlineData("Data Source=file::memory:?cache=shared", false)]
    [InlineData("Data Source=shared;Mode=Memory;Cache=Shared", false)]
    [InlineData("Data Source=", false)]
    [InlineData("Data Source=data/pmograph.db", true)]
    [InlineData("Data Source=/tmp/x.db;Pooling=False", true)]
    public void Supports_OnlyAStoreInAFile(string connectionString, bool supported)
    {
        var options = new DbContextOptionsBuilder<PmoDbContext>().UseSqlite(connectionString).Options;
        Assert.Equal(supported, SqliteReadConnections.Supports(options));
        using var pool = new SqliteReadConnections(options, new SqliteKeptStatements(), 4);
        if (!supported)
        {
            Assert.Null(pool.Lease());
        }
    }

    [Fact]
    public void Supports_AConnectionTheCallerMade_No()
    {
        using var connection = new SqliteConnection("Data Source=/tmp/never-opened.db");
        var options = new DbContextOptionsBuilder<PmoDbContext>().UseSqlite(connection).Options;
        Assert.False(SqliteReadConnections.Supports(options));
    }

    [Fact]
    public void Supports_PostgreSql_No()
    {
        var builder = new DbContextOptionsBuilder<PmoDbContext>();
        builder.UsePmoPostgres("Host=127.0.0.1;Database=none");
        var options = builder.Options;
        Assert.False(SqliteReadConnections.Supports(options));
        using var pool = new SqliteReadConnections(options, new SqliteKeptStatements(), 4);
        Assert.Null(pool.Lease());
    }

    [Fact]
    public void SizeZero_KeepsNone()
    {
        using var pool = Pool(0);
        Assert.Null(pool.Lease());
    }

    [Fact]
    public async Task KeptStatement_RunAgain_IsTheSamePreparedStatementBoundToEachRunsValues()
    {
        using var pool = Pool(1);
        using var lease = TrackingStatements(pool.Lease()!);
        var values = new[] { 1L, 41L, -7L, long.MaxValue - 1, 0L };
        foreach (var value in values)
        {
            Assert.Equal(value + 1, await ScalarAsync(lease, "SELECT @p + 1", ("@p", value)));
        }

        // One statement on the native connection: the first run prepared it, the others reused it.
        Assert.Equal(1, PreparedStatements(lease));

        // Text parameters too, and text whose length changes between runs (a parameter's size must not carry over).
        foreach (var text in new[] { "a", "a much longer text than the first one", "bé", string.Empty })
        {
            Assert.Equal(text.Length, await ScalarAsync(lease, "SELECT length(@t)", ("@t", text)));
        }

        Assert.Equal(2, PreparedStatements(lease));
    }

    [Fact]
    public async Task KeptStatements_AreBoundedPerConnection_OldestOutFirst()
    {
        using var pool = Pool(1);
        using var lease = TrackingStatements(pool.Lease()!);
        var count = SqliteReadConnections.StatementsPerConnection + 5;
        for (var i = 0; i < count; i++)
        {
            Assert.Equal(i, await ScalarAsync(lease, $"SELECT {i}"));
        }

        Assert.Equal(SqliteReadConnections.StatementsPerConnection, PreparedStatements(lease));
        // The most recent are kept: running one of them again prepares nothing more.
        Assert.Equal(count - 1, await ScalarAsync(lease, $"SELECT {count - 1}"));
        Assert.Equal(SqliteReadConnections.StatementsPerConnection, PreparedStatements(lease));
    }

    [Fact]
    public async Task KeptConnection_HasTheStoresFunctions()
    {
        using var pool = Pool(1);
        using var lease = pool.Lease()!;
        // EF Core's decimal comparison (used on ties by the decimal rewrite) and the store's Unicode lower().
        Assert.Equal(1L, await ScalarAsync(lease, "SELECT ef_compare('10.5', '9.25')"));
        Assert.Equal("école", await ScalarAsync<string>(lease, "SELECT lower('ÉCOLE')"));
    }

    [Fact]
    public async Task KeptConnection_ReadsCommittedWritesAndBlocksNoWriter()
    {
        using var pool = Pool(1);
        using var lease = pool.Lease()!;
        const string count = "SELECT COUNT(*) FROM Portfolio WHERE Code LIKE 'KEPT-%'";
        Assert.Equal(0L, await ScalarAsync(lease, count));

        // A writer that would fail within a second if the kept connection held a lock between statements.
        var path = new SqliteConnectionStringBuilder(_api.Database.ConnectionString).DataSource;
        for (var i = 1; i <= 3; i++)
        {
            await using (var writer = new SqliteConnection($"Data Source={path};Pooling=False;Default Timeout=1"))
            {
                await writer.OpenAsync();
                await using var insert = writer.CreateCommand();
                insert.CommandText = "INSERT INTO Portfolio (Code, Name, IsArchived, Version) VALUES ($code, 'Kept', 0, 1)";
                insert.Parameters.AddWithValue("$code", $"KEPT-{i}");
                await insert.ExecuteNonQueryAsync();
            }

            Assert.Equal((long)i, await ScalarAsync(lease, count));
        }
    }

    [Fact]
    public async Task Cancelled_KeptStatementStops_AndRunsAgainToItsEnd()
    {
        using var pool = Pool(1);
        using var lease = pool.Lease()!;
        const string counting = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < @n) SELECT COUNT(*) FROM c";
        using (var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300)))
        {
            var started = DateTime.UtcNow;
            await Assert.ThrowsAnyAsync<Exception>(() => ScalarAsync<long>(lease, counting, cancel.Token, ("@n", long.MaxValue)));
            Assert.True(DateTime.UtcNow - started < TimeSpan.FromMinutes(1));
        }

        // The same kept statement, interrupted mid-step, runs again from its start with the new value.
        Assert.Equal(System.Data.ConnectionState.Open, lease.Connection.DbConnection.State);
        Assert.Equal(10L, await ScalarAsync(lease, counting, ("@n", 10L)));
    }

    [Fact]
    public async Task KeptStatement_Failed_RunsAgainWithTheNextValues()
    {
        using var pool = Pool(1);
        using var lease = pool.Lease()!;
        const string sql = "SELECT CASE WHEN @p = 0 THEN json('not json') ELSE @p * 5 END";
        for (var round = 0; round < 2; round++)
        {
            await Assert.ThrowsAsync<SqliteException>(() => ScalarAsync(lease, sql, ("@p", 0L)));
            Assert.Equal(5L, await ScalarAsync(lease, sql, ("@p", 1L)));
        }
    }

    [Fact]
    public async Task Api_CompiledReads_RunOnKeptConnections_AndClosesThemAtShutdown()
    {
        var client = _api.CreateClient();
        const string query = "{ projects(first: 3, order: [{ id: ASC }]) { totalCount nodes { id code budgetAtCompletion } } }";
        var first = await client.QueryAsync(query);
        var second = await client.QueryAsync(query);

        // Differential mode: an answer of the compiled path differing from the executor's would be an error.
        Assert.False(first.TryGetProperty("errors", out _), first.ToString());
        Assert.Equal(first.ToString(), second.ToString());
        var pool = (SqliteReadConnections)_api.Services.GetRequiredService<IReadConnections>();
        var statements = Statements;
        Assert.Equal(1, pool.OpenConnections);
        Assert.Equal(1, statements.Connections);

        await _api.DisposeAsync();
        Assert.Equal(0, pool.OpenConnections);
        Assert.Equal(0, statements.Connections);
    }

    [Fact]
    public async Task Api_CompiledStatements_RunAgainWithoutBeingPreparedAgain()
    {
        var pool = (SqliteReadConnections)_api.Services.GetRequiredService<IReadConnections>();
        // The API's kept connection, listing the statements prepared on it from its first.
        DbConnection kept;
        using (var first = TrackingStatements(pool.Lease()!))
        {
            kept = first.Connection.DbConnection;
        }

        var client = _api.CreateClient();
        string[] queries =
        [
            "{ project(id: 3) { code program { name } milestones(first: 5) { nodes { name } } risks(first: 4) { totalCount nodes { title } } } }",
            "{ projects(first: 7, where: { stage: { in: [EXECUTING, PLANNING] }, budgetAtCompletion: { gte: 1000 } }, order: [{ budgetAtCompletion: DESC }, { name: ASC }]) { totalCount pageInfo { hasNextPage } nodes { code manager { name } } } }",
            "{ portfolios(first: 2) { nodes { name programs(first: 3) { nodes { name projects(first: 2) { nodes { code } } } } } } }",
            "query ($n: Int!) { programs(first: $n, order: [{ name: ASC }]) { edges { cursor node { name } } } }",
        ];
        const int rounds = 4;
        for (var round = 0; round < rounds; round++)
        {
            foreach (var query in queries)
            {
                var response = await client.QueryAsync(query, query.Contains("$n", StringComparison.Ordinal) ? new { n = 3 } : null);
                Assert.False(response.TryGetProperty("errors", out _), response.ToString());
            }
        }

        using var lease = pool.Lease()!;
        Assert.Same(kept, lease.Connection.DbConnection);
        var handle = ((SqliteConnection)kept).Handle!;
        var statements = 0;
        for (var statement = raw.sqlite3_next_stmt(handle, null); statement is not null && !statement.IsInvalid; statement = raw.sqlite3_next_stmt(handle, statement))
        {
            statements++;
            Assert.Equal(rounds, raw.sqlite3_stmt_status(statement, StatementStatusRun, 0));
            // A statement whose bound values SQLite's planner reads (a bound LIMIT) is prepared again on every run.
            Assert.Equal(0, raw.sqlite3_stmt_status(statement, StatementStatusReprepare, 0));
        }

        Assert.Equal(queries.Length, statements);
    }

    [Theory]
    [InlineData(null, 8)]
    [InlineData("0", 0)]
    [InlineData("64", 64)]
    public void Setting_IsReadFromConfiguration(string? setting, int size) =>
        Assert.Equal(size, Settings(setting).SqliteReadConnections);

    [Theory]
    [InlineData("-1")]
    [InlineData("1025")]
    public void Setting_OutOfRange_StopsStartWithTheSettingsName(string setting) =>
        Assert.Contains("Database:SqliteReadConnections", Assert.Throws<ConfigurationProblemException>(() => Settings(setting)).Message, StringComparison.Ordinal);

    private SqliteKeptStatements Statements => _api.Services.GetRequiredService<SqliteKeptStatements>();

    /// <summary>A pool over the API's store, with the API's context options (so its interceptors) and kept statements.</summary>
    private SqliteReadConnections Pool(int size) =>
        new(_api.Services.GetRequiredService<DbContextOptions<PmoDbContext>>(), Statements, size);

    private static StoreSettings Settings(string? size) => StoreSettingsFor.Setting("Database:SqliteReadConnections", size);

    private Task<long> ScalarAsync(IReadConnectionLease lease, string sql, params (string Name, object Value)[] parameters) =>
        ScalarAsync<long>(lease, sql, CancellationToken.None, parameters);

    private Task<T> ScalarAsync<T>(IReadConnectionLease lease, string sql) => ScalarAsync<T>(lease, sql, CancellationToken.None);

    /// <summary>
    /// Runs <paramref name="sql"/> as the compiled path does: a relational command of a request's context (its
    /// interceptors) on the leased connection.
    /// </summary>
    private async Task<T> ScalarAsync<T>(IReadConnectionLease lease, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var db = new PmoDbContext(_api.Services.GetRequiredService<DbContextOptions<PmoDbContext>>());
        var command = db.GetService<IRawSqlCommandBuilder>().Build(sql, [.. parameters.Select(p => new SqliteParameter(p.Name, p.Value))], db.Model);
        var parameterObject = new RelationalCommandParameterObject(
            lease.Connection, command.ParameterValues, null, db, db.GetService<IRelationalCommandDiagnosticsLogger>(), CommandSource.FromSqlQuery);
        await using var reader = await command.RelationalCommand.ExecuteReaderAsync(parameterObject, cancellationToken);
        Assert.True(await reader.ReadAsync(cancellationToken));
        return reader.DbDataReader.GetFieldValue<T>(0);
    }

    /// <summary>The lease, its native connection (new, no statement prepared yet) listing the statements prepared on it.</summary>
    private static IReadConnectionLease TrackingStatements(IReadConnectionLease lease)
    {
        Assert.Equal(0, PreparedStatementsNow(lease));
        ((SqliteConnection)lease.Connection.DbConnection).Handle!.enable_sqlite3_next_stmt(true);
        return lease;
    }

    private static int PreparedStatementsNow(IReadConnectionLease lease) =>
        raw.sqlite3_db_status(((SqliteConnection)lease.Connection.DbConnection).Handle!, raw.SQLITE_DBSTATUS_STMT_USED, out var used, out _, 0) == raw.SQLITE_OK && used == 0 ? 0 : -1;

    /// <summary>The statements prepared on the lease's native connection now.</summary>
    private static int PreparedStatements(IReadConnectionLease lease)
    {
        var handle = ((SqliteConnection)lease.Connection.DbConnection).Handle!;
        var count = 0;
        for (var statement = raw.sqlite3_next_stmt(handle, null); statement is not null && !statement.IsInvalid; statement = raw.sqlite3_next_stmt(handle, statement))
        {
            count++;
        }

        return count;
    }
}
