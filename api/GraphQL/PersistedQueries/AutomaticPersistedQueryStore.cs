using Microsoft.Extensions.Options;
using PmoGraph.Api.GraphQL.Plans;
using PmoGraph.Schema.Common;

namespace PmoGraph.Api.GraphQL.PersistedQueries;

/// <summary>
/// The documents clients registered by hash (Apollo's automatic persisted queries), in memory, bounded by
/// <see cref="PersistedQueryOptions"/>. Only a document whose SHA-256 was checked against its hash is stored.
/// </summary>
internal sealed class AutomaticPersistedQueryStore(IOptions<PersistedQueryOptions> options)
{
    private readonly BoundedLru<string, string> _documents = new(options.Value.MaxEntries, options.Value.MaxBytes);

    public bool TryGet(string hash, out string document) => _documents.TryGet(hash, out document);

    public void Register(string hash, string document) => _documents.Add(hash, document, (long)document.Length * sizeof(char));
}
