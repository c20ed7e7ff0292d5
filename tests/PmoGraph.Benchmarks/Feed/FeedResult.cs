namespace PmoGraph.Benchmarks.Feed;

/// <summary>One full read of the fact view, or why it could not be made.</summary>
internal sealed record FeedResult(string Path, long Rows, long BytesReceived, TimeSpan Elapsed, long PeakHeapAboveBaselineBytes, long PeakWorkingSetBytes, string? NotAvailable = null)
{
    public double RowsPerSecond => Rows / Elapsed.TotalSeconds;

    public static FeedResult Unavailable(string path, string why) => new(path, 0, 0, TimeSpan.Zero, 0, 0, why);
}
