using PmoGraph.Schema.Common;

namespace PmoGraph.Schema.Mutations;

/// <summary>The one way every <c>archiveX</c> mutation works: find the row, check the version, mark it archived.</summary>
public static class ArchiveHandler
{
    public static async Task<TEntity> ArchiveAsync<TEntity>(ArchiveInput input, MutationScope scope, CancellationToken cancellationToken)
        where TEntity : VersionedEntity, IArchivable
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(scope);
        var entity = await scope.FindAsync<TEntity>(input.Id, "id", cancellationToken).ConfigureAwait(false);
        scope.ExpectVersion(entity, input.Version);
        entity.IsArchived = true;
        return entity;
    }
}
