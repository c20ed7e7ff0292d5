using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace PmoGraph.Benchmarks.Allocation;

/// <summary>The runtime's GC allocation ticks (one per ~100 KB allocated, naming the type that crossed it), summed by type.</summary>
internal sealed class AllocationSampler : EventListener
{
    private const int AllocationTickEventId = 10;
    private const EventKeywords GcKeyword = (EventKeywords)0x1;

    private readonly ConcurrentDictionary<string, long> _bytesByType = new(StringComparer.Ordinal);

    public IReadOnlyList<(string Type, long Bytes)> Top(int count) =>
        [.. _bytesByType.OrderByDescending(p => p.Value).Take(count).Select(p => (p.Key, p.Value))];

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventId != AllocationTickEventId || eventData.Payload is not { } payload || eventData.PayloadNames is not { } names)
        {
            return;
        }

        var type = payload[names.IndexOf("TypeName")] as string ?? "?";
        var amount = names.IndexOf("AllocationAmount64") is >= 0 and var i ? Convert.ToInt64(payload[i], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        _bytesByType.AddOrUpdate(type, amount, (_, total) => total + amount);
    }
}
