using GraphQL.DataLoader;

namespace PmoGraph.Schema.Querying;

/// <summary>
/// Collects the keys a level of the query asks for and fetches them in one round trip when the execution strategy
/// first awaits a result. Queries run with the serial execution strategy, so a loader is never used concurrently.
/// </summary>
/// <typeparam name="TKey">The key type, an entity or foreign key id.</typeparam>
/// <typeparam name="TValue">What a key resolves to.</typeparam>
public sealed class BatchLoader<TKey, TValue>(
    Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
    TValue missing)
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> _loaded = [];
    private HashSet<TKey> _pending = [];

    /// <summary>Queues <paramref name="key"/> and returns a result the execution strategy completes later.</summary>
    public IDataLoaderResult<TValue> Load(TKey key)
    {
        if (!_loaded.ContainsKey(key))
        {
            _pending.Add(key);
        }

        return new Pending(this, key);
    }

    private async Task<TValue> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        if (_pending.Count > 0 && !_loaded.ContainsKey(key))
        {
            var batch = _pending;
            _pending = [];
            var rows = await fetch(batch, cancellationToken).ConfigureAwait(false);
            foreach (var batchKey in batch)
            {
                _loaded[batchKey] = rows.TryGetValue(batchKey, out var value) ? value : missing;
            }
        }

        return _loaded.TryGetValue(key, out var result) ? result : missing;
    }

    private sealed class Pending(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue>
    {
        public Task<TValue> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
