namespace PmoGraph.Schema.Common;

/// <summary>
/// A least-recently-used map bounded by its number of entries and by the approximate bytes its entries hold; adding
/// past either bound evicts the least recently used entries first. Thread-safe under one lock: every operation is a
/// dictionary and linked-list step, far cheaper than the parse or validation an entry saves.
/// </summary>
internal sealed class BoundedLru<TKey, TValue>(int maxEntries, long maxBytes)
    where TKey : notnull
{
    private readonly Dictionary<TKey, LinkedListNode<Entry>> _entries = [];
    private readonly LinkedList<Entry> _recency = [];
    private readonly Lock _lock = new();
    private long _bytes;

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>The approximate bytes the entries hold, as their owners estimated them when adding.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    public bool TryGet(TKey key, out TValue value)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                value = node.Value.Value;
                return true;
            }
        }

        value = default!;
        return false;
    }

    /// <summary>Adds or replaces <paramref name="key"/>; returns how many other entries were evicted to make room.</summary>
    /// <remarks>An entry larger than the whole byte bound is not kept (it would evict everything and then itself).</remarks>
    public int Add(TKey key, TValue value, long bytes)
    {
        if (maxEntries <= 0 || bytes > maxBytes)
        {
            return 0;
        }

        lock (_lock)
        {
            if (_entries.Remove(key, out var existing))
            {
                _recency.Remove(existing);
                Interlocked.Add(ref _bytes, -existing.Value.Bytes);
            }

            var evicted = 0;
            while (_entries.Count > 0 && (_entries.Count >= maxEntries || _bytes + bytes > maxBytes))
            {
                var oldest = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Key);
                Interlocked.Add(ref _bytes, -oldest.Value.Bytes);
                evicted++;
            }

            _entries[key] = _recency.AddFirst(new Entry(key, value, bytes));
            Interlocked.Add(ref _bytes, bytes);
            return evicted;
        }
    }

    private sealed record Entry(TKey Key, TValue Value, long Bytes);
}
