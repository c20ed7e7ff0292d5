using System.Globalization;
using System.Text;

namespace PmoGraph.Benchmarks.Seek;

/// <summary>The seek benchmark's table: times per way, and the first way's time over each way's (the speed-up).</summary>
internal static class SeekReport
{
    public static string Table(string store, int pageSize, IReadOnlyList<SeekResult> results)
    {
        var baseline = results[0];
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"bi_fact_financials on {store}: {baseline.Rows} rows, pages of {pageSize} ({baseline.Pages} pages); late page = page {baseline.LatePageNumber}");
        text.AppendLine("| way | first page ms | late page ms | all pages s | first x | late x | all x |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var result in results)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {result.Way} | {result.FirstPage.TotalMilliseconds:F1} | {result.LatePage.TotalMilliseconds:F1} | {result.AllPages.TotalSeconds:F2} "
                + $"| {Ratio(baseline.FirstPage, result.FirstPage)} | {Ratio(baseline.LatePage, result.LatePage)} | {Ratio(baseline.AllPages, result.AllPages)} |");
        }

        text.AppendLine("(x = the 'before' way's time over this way's: above 1 is faster than before)");
        return text.ToString();
    }

    private static string Ratio(TimeSpan before, TimeSpan now) =>
        (before.TotalMilliseconds / Math.Max(now.TotalMilliseconds, 0.001)).ToString("F1", CultureInfo.InvariantCulture);
}
