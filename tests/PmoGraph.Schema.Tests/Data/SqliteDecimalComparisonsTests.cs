using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Data;

namespace PmoGraph.Schema.Tests.Data;

/// <summary>
/// The decimal rewrite on SQLite gives exactly EF Core's answers: generated values (signs, scales, integer parts that
/// tie, values beyond the 64-bit range, nulls) filtered with every comparison and sorted both ways, through a context
/// with the rewrite, one without it, and .NET's own decimal arithmetic.
/// </summary>
public sealed class SqliteDecimalComparisonsTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly List<Amount> _rows;

    public SqliteDecimalComparisonsTests()
    {
        _connection.Open();
        using var db = Context(rewritten: false);
        db.Database.EnsureCreated();
        var random = new Random(20261206);
        _rows = [.. Enumerable.Range(1, 400).Select(id => new Amount { Id = id, Value = Value(random), Maybe = random.Next(5) == 0 ? null : Value(random) })];
        db.AddRange(_rows);
        db.SaveChanges();
    }

    public static TheoryData<string> Operators => ["gt", "gte", "lt", "lte"];

    [Theory]
    [MemberData(nameof(Operators))]
    public void Comparisons_MatchEfCoreAndDotNet(string op)
    {
        var random = new Random(op.GetHashCode(StringComparison.Ordinal));
        using var rewritten = Context(rewritten: true);
        using var plain = Context(rewritten: false);
        for (var i = 0; i < 60; i++)
        {
            var bound = Bound(random);
            // Half of the bounds are SQL parameters, as the filters and keyset windows send them; half literals.
            var asParameter = i % 2 == 0;
            var value = Compare(op, a => a.Value, bound, asParameter);
            var maybe = Compare(op, a => a.Maybe, bound, asParameter);
            var notMaybe = Expression.Lambda<Func<Amount, bool>>(Expression.Not(maybe.Body), maybe.Parameters);

            Assert.Equal(_rows.Where(value.Compile()).Select(a => a.Id).Order(), Ids(rewritten, value));
            Assert.Equal(Ids(plain, value), Ids(rewritten, value));
            Assert.Equal(_rows.Where(maybe.Compile()).Select(a => a.Id).Order(), Ids(rewritten, maybe));
            Assert.Equal(Ids(plain, notMaybe), Ids(rewritten, notMaybe));
            Assert.Equal(_rows.Where(notMaybe.Compile()).Select(a => a.Id).Order(), Ids(rewritten, notMaybe));
        }

        var sql = rewritten.Amounts.Where(Compare(op, a => a.Value, 1.5m, asParameter: true)).ToQueryString();
        Assert.Contains("AS INTEGER)", sql, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Operators))]
    public void ColumnAgainstColumn_MatchesEfCoreAndDotNet(string op)
    {
        using var rewritten = Context(rewritten: true);
        using var plain = Context(rewritten: false);
        var row = Expression.Parameter(typeof(Amount), "a");
        var left = Expression.Convert(Expression.Property(row, nameof(Amount.Value)), typeof(decimal?));
        var right = Expression.Property(row, nameof(Amount.Maybe));
        var predicate = Expression.Lambda<Func<Amount, bool>>(Comparison(op, left, right), row);

        Assert.Equal(_rows.Where(predicate.Compile()).Select(a => a.Id).Order(), Ids(rewritten, predicate));
        Assert.Equal(Ids(plain, predicate), Ids(rewritten, predicate));
    }

    [Fact]
    public void SubqueryOperand_IsLeftToEfCore()
    {
        using var rewritten = Context(rewritten: true);
        using var plain = Context(rewritten: false);
        Expression<Func<Amount, bool>> predicate = a => rewritten.Amounts.Where(b => b.Id == a.Id + 1).Select(b => b.Value).FirstOrDefault() > 1.5m;
        Expression<Func<Amount, bool>> same = a => plain.Amounts.Where(b => b.Id == a.Id + 1).Select(b => b.Value).FirstOrDefault() > 1.5m;

        Assert.Equal(Ids(plain, same), Ids(rewritten, predicate));
        Assert.DoesNotContain("AS INTEGER)", rewritten.Amounts.Where(predicate).ToQueryString(), StringComparison.Ordinal);
    }

    [Fact]
    public void StoredDecimals_AreTextWithoutExponent()
    {
        // The rewrite reads the integer part of the text EF Core stores; it must be digits, a point, digits.
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT Value FROM Amounts UNION ALL SELECT Maybe FROM Amounts WHERE Maybe IS NOT NULL";
        using var reader = command.ExecuteReader();
        var count = 0;
        while (reader.Read())
        {
            Assert.Equal("text", reader.GetDataTypeName(0).ToLowerInvariant());
            Assert.Matches("^-?[0-9]+\\.[0-9]+$", reader.GetString(0));
            count++;
        }

        Assert.True(count > _rows.Count);
    }

    [Fact]
    public void Orderings_MatchEfCoreAndDotNet()
    {
        using var rewritten = Context(rewritten: true);
        using var plain = Context(rewritten: false);

        Assert.Equal(
            _rows.OrderByDescending(a => a.Value).ThenBy(a => a.Id).Select(a => a.Id),
            rewritten.Amounts.OrderByDescending(a => a.Value).ThenBy(a => a.Id).Select(a => a.Id).ToList());
        Assert.Equal(
            _rows.OrderBy(a => a.Value).ThenBy(a => a.Id).Select(a => a.Id),
            rewritten.Amounts.OrderBy(a => a.Value).ThenBy(a => a.Id).Select(a => a.Id).ToList());
        Assert.Equal(
            plain.Amounts.OrderBy(a => a.Maybe).ThenByDescending(a => a.Value).ThenBy(a => a.Id).Select(a => a.Id).ToList(),
            rewritten.Amounts.OrderBy(a => a.Maybe).ThenByDescending(a => a.Value).ThenBy(a => a.Id).Select(a => a.Id).ToList());
        Assert.Equal(
            plain.Amounts.OrderByDescending(a => a.Maybe).ThenBy(a => a.Id).Take(50).Select(a => a.Id).ToList(),
            rewritten.Amounts.OrderByDescending(a => a.Maybe).ThenBy(a => a.Id).Take(50).Select(a => a.Id).ToList());

        var sql = rewritten.Amounts.OrderByDescending(a => a.Value).ThenBy(a => a.Id).ToQueryString();
        Assert.Contains("AS INTEGER) DESC", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void KeysetWindow_OverADecimalKey_PagesThroughEveryRowOnce()
    {
        using var rewritten = Context(rewritten: true);
        var seen = new List<int>();
        decimal? lastValue = null;
        var lastId = 0;
        while (true)
        {
            var page = lastValue is not { } after
                ? rewritten.Amounts.OrderByDescending(a => a.Value).ThenBy(a => a.Id).Take(37).ToList()
                : rewritten.Amounts.Where(a => a.Value < after || (a.Value == after && a.Id > lastId))
                    .OrderByDescending(a => a.Value).ThenBy(a => a.Id).Take(37).ToList();
            if (page.Count == 0)
            {
                break;
            }

            seen.AddRange(page.Select(a => a.Id));
            (lastValue, lastId) = (page[^1].Value, page[^1].Id);
        }

        Assert.Equal(_rows.OrderByDescending(a => a.Value).ThenBy(a => a.Id).Select(a => a.Id), seen);
    }

    [Fact]
    public void Projection_IsLeftToEfCore()
    {
        using var rewritten = Context(rewritten: true);

        var flags = rewritten.Amounts.OrderBy(a => a.Id).Select(a => a.Value > 2.5m).ToList();

        Assert.Equal(_rows.OrderBy(a => a.Id).Select(a => a.Value > 2.5m), flags);
    }

    public void Dispose() => _connection.Dispose();

    private AmountContext Context(bool rewritten)
    {
        var options = new DbContextOptionsBuilder<AmountContext>().UseSqlite(_connection);
        if (rewritten)
        {
            options.AddInterceptors(SqliteDecimalComparisons.Instance);
        }

        return new AmountContext(options.Options);
    }

    private static List<int> Ids(AmountContext db, Expression<Func<Amount, bool>> predicate) =>
        [.. db.Amounts.Where(predicate).Select(a => a.Id).AsEnumerable().Order()];

    private static Expression<Func<Amount, bool>> Compare<T>(string op, Expression<Func<Amount, T>> member, decimal bound, bool asParameter)
    {
        Expression value = asParameter ? Expression.Field(Expression.Constant(new StrongBox<decimal>(bound)), nameof(StrongBox<decimal>.Value)) : Expression.Constant(bound);
        return Expression.Lambda<Func<Amount, bool>>(Comparison(op, member.Body, Expression.Convert(value, typeof(T))), member.Parameters);
    }

    private static BinaryExpression Comparison(string op, Expression left, Expression right) => op switch
    {
        "gt" => Expression.GreaterThan(left, right),
        "gte" => Expression.GreaterThanOrEqual(left, right),
        "lt" => Expression.LessThan(left, right),
        _ => Expression.LessThanOrEqual(left, right),
    };

    /// <summary>Values whose integer parts often tie (small magnitudes, both signs), with larger ones and some beyond <see cref="long"/>.</summary>
    private static decimal Value(Random random)
    {
        var scale = random.Next(7);
        decimal whole = random.Next(10) switch
        {
            < 5 => random.Next(-6, 7),
            < 8 => random.NextInt64(-10_000_000_000, 10_000_000_000),
            _ => random.NextInt64(long.MaxValue / 2, long.MaxValue) * (random.Next(2) == 0 ? -1m : 1m) * random.Next(1, 30),
        };
        var fraction = new decimal(random.Next(0, 1_000_000), 0, 0, false, 6);
        return decimal.Round(whole + (whole < 0 ? -fraction : fraction), scale);
    }

    private decimal Bound(Random random) => random.Next(4) switch
    {
        0 => _rows[random.Next(_rows.Count)].Value,
        1 => _rows[random.Next(_rows.Count)].Value + (random.Next(2) == 0 ? 0.0000001m : -0.0000001m),
        2 => decimal.Truncate(_rows[random.Next(_rows.Count)].Value),
        _ => Value(random),
    };

    internal sealed class Amount
    {
        public int Id { get; set; }

        public decimal Value { get; set; }

        public decimal? Maybe { get; set; }
    }

    internal sealed class AmountContext(DbContextOptions<AmountContext> options) : DbContext(options)
    {
        public DbSet<Amount> Amounts => Set<Amount>();
    }
}
