using GraphQL.DataLoader;

namespace PmoGraph.Schema.Querying;

/// <summary>A result read when the execution strategy first awaits it, like a batch loader's, without batching.</summary>
internal sealed class DeferredResult<T>(Func<CancellationToken, Task<T>> read) : IDataLoaderResult<T>
{
    private Task<T>? _result;

    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => _result ??= read(cancellationToken);

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
        await GetResultAsync(cancellationToken).ConfigureAwait(false);
}
