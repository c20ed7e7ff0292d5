using GraphQL.DataLoader;

namespace PmoGraph.Schema.Querying;

/// <summary>A loader result known without a round trip (a null foreign key).</summary>
internal sealed class CompletedResult<T>(T value) : IDataLoaderResult<T>
{
    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);

    Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
}
