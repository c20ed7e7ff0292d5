using GraphQL.Types;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Mutations;

/// <summary><c>VerbNounPayload</c>: the changed entity under its own name, and the typed errors (null on success).</summary>
public sealed class PayloadType<TEntity, TEntityGraph> : ObjectGraphType<Payload<TEntity>>
    where TEntity : class
    where TEntityGraph : IGraphType
{
    public PayloadType(string baseName, string entityField, IReadOnlyList<Type> errorTypes)
    {
        ArgumentNullException.ThrowIfNull(errorTypes);
        Name = baseName + "Payload";
        Description = $"The outcome of {char.ToLowerInvariant(baseName[0])}{baseName[1..]}: the {entityField} as stored, or why nothing was written.";
        Field<TEntityGraph, object>(entityField)
            .Description($"The {entityField} as stored after the change; null when the mutation failed.")
            .ResolveAsync(context => Projection.ReadBackAsync(context, context.Source.Entity));
        var union = new UnionGraphType { Name = baseName + "Error", Description = $"Why {baseName} can fail." };
        foreach (var errorType in errorTypes)
        {
            union.Type(errorType);
        }

        Field("errors", new ListGraphType(new NonNullGraphType(union)))
            .Description("Why nothing was written; null when the mutation succeeded.")
            .Resolve(context => context.Source.Errors);
    }
}
