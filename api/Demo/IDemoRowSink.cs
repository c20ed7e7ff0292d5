using Microsoft.EntityFrameworkCore.Metadata;

namespace PmoGraph.Api.Demo;

/// <summary>Where <see cref="DemoBulkWriter"/> sends rows: the store's fastest way to load many rows at once.</summary>
internal interface IDemoRowSink
{
    /// <summary>The largest id in <paramref name="table"/> (0 when empty): the store would number new rows from the next.</summary>
    Task<int> LastIdAsync(string table, string keyColumn, CancellationToken cancellationToken);

    /// <summary>Writes <paramref name="rows"/> (values in the order of <paramref name="columns"/>, as the entities hold them).</summary>
    Task WriteAsync(string table, IReadOnlyList<IProperty> columns, IEnumerable<object?[]> rows, CancellationToken cancellationToken);

    /// <summary>Once every batch is written: whatever the store must catch up on (PostgreSQL's identity sequences).</summary>
    Task CompleteAsync(CancellationToken cancellationToken);
}
