using GraphQL.Types;

namespace PmoGraph.Schema.Common;

/// <summary>The input of an <c>archiveX</c> mutation, named after it (<c>ArchiveProjectInput</c>).</summary>
public sealed class ArchiveInputType<TEntity> : InputObjectGraphType<ArchiveInput>
{
    public ArchiveInputType()
    {
        Name = $"Archive{typeof(TEntity).Name}Input";
        Description = $"The {typeof(TEntity).Name.ToLowerInvariant()} to archive.";
        Field(i => i.Id).Description("The id of the row to archive.");
        Field(i => i.Version).Description("The version read; archiving fails with a ConcurrencyError if the row changed since.");
    }
}
