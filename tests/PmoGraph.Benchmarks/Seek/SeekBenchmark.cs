using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;
using PmoGraph.Reports.Access;
using PmoGraph.Reports.OData;
using PmoGraph.Reports.Reading;
using PmoGraph.Reports.Views;

namespace PmoGraph.Benchmarks.Seek;

/// <summary>
/// The cost of keyset pages of <c>bi_fact_financials</c> on one store, three ways side by side:
/// <list type="bullet">
/// <item>before: the view as it was before issue #3's seek order (grouped by project, month and the project's
/// currency, unordered; a session-only TEMP VIEW), paged by its key, <c>financials_key &gt; @k ORDER BY financials_key</c>;</item>
/// <item>key seek: today's view, still paged by the key (what the view change alone gives);</item>
/// <item>seek: today's view and the feed's own plan (<see cref="ODataQueryPlan"/>), paged by (project_key, month).</item>
/// </list>
/// For each: the first page, a late page (90 % through), and every page following the tokens, each page a full
/// read of its rows. The first and late pages are read <c>repeats</c> times in rotation and the median kept.
/// </summary>
internal sealed class SeekBenchmark(SqlDialect dialect, string connectionString, int pageSize, int repeats)
{
    private const string View = "bi_fact_financials";
    private const string BeforeView = "bi_fact_financials_before";

    private static readonly ViewDefinition Financials = ViewCatalogue.Find(View)!;

    public async Task<IReadOnlyList<SeekResult>> RunAsync(CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await connection.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(BeforeViewSql());
        if (dialect == SqlDialect.Postgres)
        {
            await connection.ExecuteAsync("ANALYZE \"FinancialLine\"; ANALYZE \"Project\";");
        }

        var ways = new[]
        {
            new Way("before: old view, key seek", (after, ct) => KeySeekAsync(connection, BeforeView, after, ct)),
            new Way("key seek on today's view", (after, ct) => KeySeekAsync(connection, View, after, ct)),
            new Way("seek (project_key, month)", (after, ct) => SeekAsync(connection, after, ct)),
        };

        // Walk every page once per way: the total, the number of pages, and where the late page starts.
        foreach (var way in ways)
        {
            var clock = Stopwatch.StartNew();
            object? after = null;
            var rows = 0L;
            var pages = 0;
            while (true)
            {
                var page = await way.ReadPageAsync(after, cancellationToken);
                way.Starts.Add(after);
                rows += page.Rows;
                pages++;
                if (!page.HasMore)
                {
                    break;
                }

                after = page.Last;
            }

            way.AllPages = clock.Elapsed;
            way.Rows = rows;
            way.Pages = pages;
        }

        if (ways.Select(w => w.Rows).Distinct().Count() != 1)
        {
            throw new InvalidOperationException($"The ways read different row counts: {string.Join(", ", ways.Select(w => w.Rows))}.");
        }

        var late = (int)(ways[0].Pages * 0.9);
        var firstTimes = ways.ToDictionary(w => w, _ => new List<TimeSpan>());
        var lateTimes = ways.ToDictionary(w => w, _ => new List<TimeSpan>());
        for (var round = 0; round < repeats; round++)
        {
            // Rotate the order of the ways each round, so machine noise falls on all alike.
            foreach (var way in ways.Skip(round % ways.Length).Concat(ways.Take(round % ways.Length)))
            {
                firstTimes[way].Add(await TimeAsync(way, null, cancellationToken));
                lateTimes[way].Add(await TimeAsync(way, way.Starts[late], cancellationToken));
            }
        }

        return [.. ways.Select(w => new SeekResult(w.Name, w.Rows, w.Pages, Median(firstTimes[w]), Median(lateTimes[w]), late + 1, w.AllPages))];
    }

    /// <summary>The store's plan for a late page of each way (what the figures come from).</summary>
    public async Task<string> ExplainLatePagesAsync(CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await connection.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(BeforeViewSql());
        var explain = dialect == SqlDialect.Postgres ? "EXPLAIN " : "EXPLAIN QUERY PLAN ";
        var seekPlan = Plan(new DateOnly(2026, 1, 1), 1000);
        var statements = new (string Name, string Sql, object Parameters)[]
        {
            ("before", KeySeekSql(BeforeView), new { after = 100_000, limit = pageSize + 1 }),
            ("seek", seekPlan.Query.SelectSql(), seekPlan.Query.Parameters),
        };
        var text = new System.Text.StringBuilder();
        foreach (var (name, sql, parameters) in statements)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"-- {name}: {sql}");
            await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(explain + sql, parameters, cancellationToken: cancellationToken));
            while (await reader.ReadAsync(cancellationToken))
            {
                text.AppendLine(reader.GetString(reader.FieldCount - 1));
            }
        }

        return text.ToString();
    }

    private DbConnection Open() => dialect == SqlDialect.Postgres
        ? new NpgsqlConnection(connectionString)
        : new SqliteConnection(connectionString);

    private static async Task<TimeSpan> TimeAsync(Way way, object? after, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await way.ReadPageAsync(after, cancellationToken);
        return clock.Elapsed;
    }

    private static TimeSpan Median(List<TimeSpan> times) => times.Order().ElementAt(times.Count / 2);

    private static string KeySeekSql(string view) =>
        $"SELECT {string.Join(", ", Financials.Columns.Select(c => ViewQuery.Quote(c.Name)))} FROM {view} "
        + "WHERE \"financials_key\" > @after ORDER BY \"financials_key\" ASC LIMIT @limit";

    /// <summary>One page (and the row past it) after the key <paramref name="after"/>, as the feed read it before.</summary>
    private async Task<Page> KeySeekAsync(DbConnection connection, string view, object? after, CancellationToken cancellationToken)
    {
        var command = new CommandDefinition(KeySeekSql(view), new { after = (int?)after ?? int.MinValue, limit = pageSize + 1 }, cancellationToken: cancellationToken);
        return await ReadPageAsync(connection, command, reader => Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture), cancellationToken);
    }

    private ODataQueryPlan Plan(DateOnly? month, int project)
    {
        var options = new Dictionary<string, string>();
        if (month is { } afterMonth)
        {
            options["$skiptoken"] = SeekToken.Format([project, afterMonth]);
        }

        return ODataQueryPlan.Create(Financials, ViewAccess.Everything, dialect, new Uri("http://localhost/odata/"), options, pageSize);
    }

    /// <summary>One page (and the row past it) after the seek values <paramref name="after"/>, with the feed's own plan.</summary>
    private async Task<Page> SeekAsync(DbConnection connection, object? after, CancellationToken cancellationToken)
    {
        var plan = after is (int project, DateOnly month) ? Plan(month, project) : Plan(null, 0);
        var command = new CommandDefinition(plan.Query.SelectSql(), plan.Query.Parameters, cancellationToken: cancellationToken);
        // The row identity comes first: the key, then project_key and month (ViewQuery.SelectSql).
        return await ReadPageAsync(
            connection,
            command,
            reader => (Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture), (DateOnly)ColumnValues.FromDatabase(reader.GetValue(2), ViewColumnType.Date)!),
            cancellationToken);
    }

    /// <summary>Reads every value of the page and the row past it; <paramref name="position"/> gives where the next page starts.</summary>
    private async Task<Page> ReadPageAsync(DbConnection connection, CommandDefinition command, Func<DbDataReader, object> position, CancellationToken cancellationToken)
    {
        await using var reader = await connection.ExecuteReaderAsync(command);
        var rows = 0;
        object? last = null;
        while (await reader.ReadAsync(cancellationToken))
        {
            Consume(reader);
            if (++rows <= pageSize)
            {
                last = position(reader);
            }
        }

        return new Page(Math.Min(rows, pageSize), rows > pageSize, last);
    }

    private static void Consume(DbDataReader reader)
    {
        for (var i = 0; i < reader.FieldCount; i++)
        {
            _ = reader.GetValue(i);
        }
    }

    /// <summary>
    /// The view as it was before the seek order (session-only, so the store is not changed): today's SQL with the
    /// project's currency back among the grouping columns and without the view's ORDER BY.
    /// </summary>
    private string BeforeViewSql()
    {
        var today = ViewScripts.CreateStatements(dialect).Single(s => s.Contains($"CREATE VIEW {View} ", StringComparison.Ordinal));
        var body = string.Join("\n", today.Split('\n').Where(line => !line.TrimStart().StartsWith("--", StringComparison.Ordinal)));
        var before = body
            .Replace($"CREATE VIEW {View} ", $"CREATE TEMP VIEW {BeforeView} ", StringComparison.Ordinal)
            .Replace("MAX(p.\"Currency\") AS currency", "p.\"Currency\" AS currency", StringComparison.Ordinal)
            .Replace("GROUP BY l.\"ProjectId\", l.\"Month\"", "GROUP BY l.\"ProjectId\", l.\"Month\", p.\"Currency\"", StringComparison.Ordinal);
        before = before[..before.LastIndexOf("ORDER BY", StringComparison.Ordinal)].TrimEnd() + ";";
        if (!before.Contains("p.\"Currency\" AS currency", StringComparison.Ordinal) || !before.EndsWith("p.\"Currency\";", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{View}'s SQL changed: update the benchmark's 'before' view.");
        }

        return $"DROP VIEW IF EXISTS {BeforeView}; {before}";
    }

    /// <summary>The rows a page sends, whether the store had a row past them, and the last row's key or seek values.</summary>
    private sealed record Page(int Rows, bool HasMore, object? Last);

    private sealed class Way(string name, Func<object?, CancellationToken, Task<Page>> readPage)
    {
        public string Name { get; } = name;

        public Func<object?, CancellationToken, Task<Page>> ReadPageAsync { get; } = readPage;

        /// <summary>Where each page starts (null for the first), from the walk over every page.</summary>
        public List<object?> Starts { get; } = [];

        public TimeSpan AllPages { get; set; }

        public long Rows { get; set; }

        public int Pages { get; set; }
    }
}
