using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PmoGraph.Api.Store;
using PmoGraph.Schema.Data;

namespace PmoGraph.Api.Tests.Store;

/// <summary>
/// The store's <c>ef_sum</c> (<see cref="SqliteDecimalSum"/>) against EF Core's own, on the same generated values:
/// every group's sum as the same text (value, scale, sign), the same nulls and the same errors; its parser against
/// <c>decimal.Parse</c>, value and scale; and that it is the one the store's connections run.
/// </summary>
public sealed class SqliteDecimalSumTests : IDisposable
{
    private const NumberStyles EfStyles = NumberStyles.Number | NumberStyles.AllowExponent;

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "pmograph-tests", Guid.NewGuid().ToString("N"));

    public SqliteDecimalSumTests() => Directory.CreateDirectory(_directory);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    public static TheoryData<string> Texts() =>
    [
        "0", "0.0", "-0.0", "-0", "5.", ".5", "-.5", "007.50", "1e5", "1E-3", " 1", "1 ", "+1", "1,000.5", "", "-", ".", "1.2.3", "--1",
        "12a", "0x10", "79228162514264337593543950335", "79228162514264337593543950336", "-79228162514264337593543950335",
        "0.0000000000000000000000000001", "0.00000000000000000000000000001", "1234567890123456789012345678",
        "12345678901234567890123456789", "0.1234567890123456789012345678", "370000.0", "-61310000.0000", "١٢",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void TryParse_Text_IsDecimalParsesValueAndScaleOrLeftToIt(string text) => AssertParsesAsDecimalParse(text);

    [Fact]
    public void TryParse_GeneratedDecimals_IsDecimalParsesValueAndScale()
    {
        var random = new Random(20261206);
        var read = 0;
        for (var i = 0; i < 20000; i++)
        {
            var value = new decimal(random.Next(), random.Next(), random.Next(4) == 0 ? random.Next() : random.Next(16), random.Next(2) == 0, (byte)random.Next(29));
            foreach (var text in new[] { value.ToString(CultureInfo.InvariantCulture), value.ToString("0.0###########################", CultureInfo.InvariantCulture) })
            {
                read += AssertParsesAsDecimalParse(text) ? 1 : 0;
            }
        }

        // The fast path reads nearly all of them (those it leaves have more than 28 significant digits).
        Assert.True(read > 30000, $"{read} of 40000 read without decimal.Parse");
    }

    [Fact]
    public void Sum_GeneratedGroups_IsEfCoresSumOfEveryGroup()
    {
        var path = Path.Combine(_directory, "sums.db");
        using (var setup = new SqliteConnection($"Data Source={path}"))
        {
            setup.Open();
            Execute(setup, "CREATE TABLE t (g INTEGER NOT NULL, v)");
            using var transaction = setup.BeginTransaction();
            using var insert = setup.CreateCommand();
            insert.CommandText = "INSERT INTO t (g, v) VALUES ($g, $v)";
            var g = insert.Parameters.Add("$g", SqliteType.Integer);
            var v = insert.Parameters.Add("$v", SqliteType.Text);
            var random = new Random(7);
            for (var i = 0; i < 6000; i++)
            {
                g.Value = random.Next(60);
                v.Value = random.Next(12) switch
                {
                    0 => DBNull.Value,
                    1 => random.Next(-1000, 1000), // stored as INTEGER
                    2 => random.NextDouble() * 1000, // stored as REAL
                    3 => "1.5e2",
                    4 => (random.Next(2) == 0 ? "-" : string.Empty) + random.Next(100000).ToString(CultureInfo.InvariantCulture) + ".0000",
                    _ => new decimal(random.Next(), random.Next(1000), 0, random.Next(3) == 0, (byte)random.Next(10)).ToString("0.0###########################", CultureInfo.InvariantCulture),
                };
                insert.ExecuteNonQuery();
            }

            // A group of nulls only, and a group whose sum overflows decimal.
            Execute(setup, "INSERT INTO t (g, v) VALUES (100, NULL), (100, NULL)");
            Execute(setup, "CREATE TABLE big (v)");
            Execute(setup, "INSERT INTO big (v) VALUES ('79228162514264337593543950335'), ('1.0')");
            transaction.Commit();
        }

        using var ours = Open(path, withStoreSum: true);
        using var efCore = Open(path, withStoreSum: false);
        const string groups = "SELECT g, ef_sum(v) FROM t GROUP BY g ORDER BY g";
        var expected = Rows(efCore.Connection, groups);
        Assert.Equal(61, expected.Count);
        Assert.Contains(expected, r => r.EndsWith("|null", StringComparison.Ordinal));
        Assert.Equal(expected, Rows(ours.Connection, groups));
        Assert.Equal(Rows(efCore.Connection, "SELECT ef_sum(v) FROM t"), Rows(ours.Connection, "SELECT ef_sum(v) FROM t"));
        Assert.Equal(["null"], Rows(ours.Connection, "SELECT ef_sum(v) FROM t WHERE g < 0"));
        Assert.Equal(Rows(efCore.Connection, "SELECT ef_sum(v) FROM t WHERE g < 0"), Rows(ours.Connection, "SELECT ef_sum(v) FROM t WHERE g < 0"));

        var efError = Assert.Throws<SqliteException>(() => Rows(efCore.Connection, "SELECT ef_sum(v) FROM big"));
        var ourError = Assert.Throws<SqliteException>(() => Rows(ours.Connection, "SELECT ef_sum(v) FROM big"));
        Assert.Equal(efError.Message, ourError.Message);
    }

    [Fact]
    public void Sum_OnTheStoresConnections_IsThisOne_AllocatingUnderHalfOfEfCores()
    {
        var path = Path.Combine(_directory, "allocations.db");
        using (var setup = new SqliteConnection($"Data Source={path}"))
        {
            setup.Open();
            Execute(setup, "CREATE TABLE t (v TEXT)");
            Execute(setup, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) INSERT INTO t SELECT (i * 37 % 100000) || '.' || (i % 100) FROM n");
        }

        using var ours = Open(path, withStoreSum: true);
        using var efCore = Open(path, withStoreSum: false);
        const string sum = "SELECT ef_sum(v) FROM t";
        Assert.Equal(Rows(efCore.Connection, sum), Rows(ours.Connection, sum));

        // SQLite calls the function on the thread stepping the statement, so that thread's allocations are the sum's:
        // EF Core's 160 bytes a row, ours the 56 SQLitePCL allocates for each call's arguments.
        var efCoreBytes = AllocatedBy(() => Rows(efCore.Connection, sum));
        var ourBytes = AllocatedBy(() => Rows(ours.Connection, sum));
        Assert.True(ourBytes * 2 < efCoreBytes, $"ours {ourBytes} bytes, EF Core's {efCoreBytes}");
    }

    private static bool AssertParsesAsDecimalParse(string text)
    {
        decimal? expected;
        try
        {
            expected = decimal.Parse(text, EfStyles, CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is FormatException or OverflowException)
        {
            expected = null;
        }

        if (!SqliteDecimalSum.TryParse(Encoding.UTF8.GetBytes(text), out var value))
        {
            return false;
        }

        Assert.True(expected.HasValue, $"'{text}' read as {value}, which decimal.Parse refuses");
        Assert.Equal(decimal.GetBits(expected.Value), decimal.GetBits(value));
        return true;
    }

    private static StoreConnection Open(string path, bool withStoreSum)
    {
        var options = new DbContextOptionsBuilder<PmoDbContext>().UseSqlite($"Data Source={path};Pooling=False");
        if (withStoreSum)
        {
            options.AddInterceptors(new SqliteDecimalSum());
        }

        var context = new PmoDbContext(options.Options);
        context.Database.OpenConnection();
        return new StoreConnection(context);
    }

    private static List<string> Rows(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "null" : reader.GetString(i))));
        }

        return rows;
    }

    private static long AllocatedBy(Action action)
    {
        action();
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>A context's connection, opened by EF Core (so with its functions and the context's interceptors).</summary>
    private sealed class StoreConnection(PmoDbContext context) : IDisposable
    {
        public DbConnection Connection { get; } = context.Database.GetDbConnection();

        public void Dispose() => context.Dispose();
    }
}
