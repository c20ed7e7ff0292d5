namespace PmoGraph.Benchmarks.Feed;

/// <summary>Samples the process's managed heap and working set while a read runs, keeping the peaks.</summary>
internal sealed class MemorySampler : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;

    private MemorySampler()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        BaselineHeapBytes = GC.GetTotalMemory(forceFullCollection: false);
        _sampling = SampleAsync();
    }

    public long BaselineHeapBytes { get; }

    public long PeakHeapBytes { get; private set; }

    public long PeakWorkingSetBytes { get; private set; }

    public static MemorySampler Start() => new();

    private async Task SampleAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Sample();
            try
            {
                await Task.Delay(20, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private void Sample()
    {
        PeakHeapBytes = Math.Max(PeakHeapBytes, GC.GetTotalMemory(forceFullCollection: false));
        PeakWorkingSetBytes = Math.Max(PeakWorkingSetBytes, Environment.WorkingSet);
    }

    public async ValueTask DisposeAsync()
    {
        Sample();
        await _stop.CancelAsync();
        await _sampling;
        _stop.Dispose();
    }
}
