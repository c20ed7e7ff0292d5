using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using PmoGraph.Benchmarks.Hosting;

namespace PmoGraph.Benchmarks.Feed;

/// <summary>
/// Reads <c>bi_fact_financials</c> in full three ways: a plain Dapper loop over the view (the store's own speed),
/// PmoGraph's <c>/odata</c> entity set following every <c>@odata.nextLink</c>, and <c>/reports/{view}.csv</c>.
/// Each reports rows per second and the process's peak memory; a missing view or endpoint reports "not available".
/// </summary>
internal sealed class FeedBenchmark(string databasePath, Uri pmoGraph, string bearerToken, string? reportingKey)
{
    public const string View = "bi_fact_financials";

    public async Task<IReadOnlyList<FeedResult>> RunAsync(CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = pmoGraph, Timeout = TimeSpan.FromMinutes(30) };
        if (reportingKey is not null)
        {
            client.DefaultRequestHeaders.Add(ReportingKey.Header, reportingKey);
        }
        else
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        }

        return
        [
            await MeasureAsync("Dapper loop over the view", PlainReadAsync, cancellationToken),
            await MeasureAsync($"GET /odata/{View} (all pages)", ct => ODataReadAsync(client, ct), cancellationToken),
            await MeasureAsync($"GET /reports/{View}.csv", ct => CsvReadAsync(client, ct), cancellationToken),
        ];
    }

    private static async Task<FeedResult> MeasureAsync(string path, Func<CancellationToken, Task<(long Rows, long Bytes, string? NotAvailable)>> read, CancellationToken cancellationToken)
    {
        var sampler = MemorySampler.Start();
        var clock = Stopwatch.StartNew();
        long rows;
        long bytes;
        string? notAvailable;
        try
        {
            (rows, bytes, notAvailable) = await read(cancellationToken);
            clock.Stop();
        }
        finally
        {
            await sampler.DisposeAsync();
        }

        return notAvailable is not null
            ? FeedResult.Unavailable(path, notAvailable)
            : new FeedResult(path, rows, bytes, clock.Elapsed, sampler.PeakHeapBytes - sampler.BaselineHeapBytes, sampler.PeakWorkingSetBytes);
    }

    private async Task<(long, long, string?)> PlainReadAsync(CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly");
        var exists = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'view' AND name = @view", new { view = View }, cancellationToken: cancellationToken));
        if (exists == 0)
        {
            return (0, 0, $"the store has no {View} view");
        }

        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition($"SELECT * FROM {View}", cancellationToken: cancellationToken));
        var values = new object[reader.FieldCount];
        long rows = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            reader.GetValues(values);
            rows++;
        }

        return (rows, 0, null);
    }

    private static async Task<(long, long, string?)> ODataReadAsync(HttpClient client, CancellationToken cancellationToken)
    {
        long rows = 0;
        long bytes = 0;
        var next = new Uri($"odata/{View}", UriKind.Relative);
        while (next is not null)
        {
            using var response = await client.GetAsync(next, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (rows == 0 && response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed)
            {
                return (0, 0, $"/odata/{View} answered {(int)response.StatusCode}");
            }

            response.EnsureSuccessStatusCode();
            await using var body = new CountingStream(await response.Content.ReadAsStreamAsync(cancellationToken));
            using var page = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
            bytes += body.BytesRead;
            rows += page.RootElement.GetProperty("value").GetArrayLength();
            next = page.RootElement.TryGetProperty("@odata.nextLink", out var link) ? new Uri(link.GetString()!, UriKind.RelativeOrAbsolute) : null;
        }

        return (rows, bytes, null);
    }

    private static async Task<(long, long, string?)> CsvReadAsync(HttpClient client, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(new Uri($"reports/{View}.csv", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed)
        {
            return (0, 0, $"/reports/{View}.csv answered {(int)response.StatusCode}");
        }

        response.EnsureSuccessStatusCode();
        await using var body = new CountingStream(await response.Content.ReadAsStreamAsync(cancellationToken));
        using var reader = new StreamReader(body);
        long lines = 0;
        var inQuotes = false;
        var last = '\n';
        var buffer = new char[64 * 1024];
        int read;
        while ((read = await reader.ReadAsync(buffer, cancellationToken)) > 0)
        {
            last = buffer[read - 1];

            // RFC 4180: a line break inside a quoted field does not end the record.
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] == '"')
                {
                    inQuotes = !inQuotes;
                }
                else if (buffer[i] == '\n' && !inQuotes)
                {
                    lines++;
                }
            }
        }

        // The last record may end without a line break; the first line is the header.
        return (Math.Max(0, lines + (last == '\n' ? 0 : 1) - 1), body.BytesRead, null);
    }
}
