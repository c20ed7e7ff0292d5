namespace PmoGraph.Schema.Mutations;

/// <summary>A mutation's outcome: the changed entity, or the errors (never both).</summary>
public sealed record Payload<TEntity>(TEntity? Entity, IReadOnlyList<MutationError>? Errors)
    where TEntity : class;
