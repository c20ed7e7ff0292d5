namespace PmoGraph.Schema.Querying;

/// <summary>The batch loaders of one request (a scoped service), keyed by what they load.</summary>
public sealed class BatchLoaderRegistry
{
    private readonly Dictionary<string, object> _loaders = [];

    /// <summary>Returns the request's loader for <paramref name="key"/>, creating it on first use.</summary>
    public BatchLoader<TKey, TValue> GetOrAdd<TKey, TValue>(string key, Func<BatchLoader<TKey, TValue>> create)
        where TKey : notnull
    {
        if (!_loaders.TryGetValue(key, out var loader))
        {
            loader = create();
            _loaders[key] = loader;
        }

        return (BatchLoader<TKey, TValue>)loader;
    }
}
