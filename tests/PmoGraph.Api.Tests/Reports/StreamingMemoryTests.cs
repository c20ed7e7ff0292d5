namespace PmoGraph.Api.Tests.Reports;

/// <summary>A million-row view leaves the server row by row: memory held while it streams stays a small fraction of the body.</summary>
[Collection(MemoryMeasurement.Name)]
public sealed class StreamingMemoryTests : IDisposable
{
    private const int Rows = 1_000_000;
    private readonly PmoApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Csv_MillionRowView_StreamsWithFlatMemory()
    {
        var client = _factory.CreateClient();
        // The demo's closed months already hold KPI values: the view has those rows and a header before the load.
        var before = (await client.GetStringAsync("/reports/bi_fact_kpi.csv")).Count(c => c == '\n');
        await ReportStore.ExecuteAsync(_factory, $"""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {Rows})
            INSERT INTO "KpiValue" ("Kpi", "Period", "Scope", "ScopeId", "Value", "Numerator", "Denominator", "FrozenAt")
            SELECT 'load_' || (i / 1000), '2026-01-01', 'Project', i % 1000, '0.5', '1', '2', '2026-01-31 00:00:00' FROM n
            """);
        var baseline = GC.GetTotalMemory(forceFullCollection: true);

        using var response = await client.GetAsync("/reports/bi_fact_kpi.csv", HttpCompletionOption.ResponseHeadersRead);
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[81920];
        long bytes = 0, lines = 0, nextCheck = 8 << 20, peak = 0;
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            bytes += read;
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
            if (bytes >= nextCheck)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - baseline);
                nextCheck += 8 << 20;
            }
        }

        Assert.Equal(before + Rows, lines);
        Assert.True(bytes > 40L << 20, $"{bytes} bytes");
        Assert.True(peak < bytes / 8, $"held {peak} bytes while streaming a {bytes}-byte body");
    }
}
