using GraphQL.Types;

namespace PmoGraph.Schema.Graph;

/// <summary>A slice's mutations. Implementations are found by scanning; the root type never lists slices.</summary>
public interface IMutationFields
{
    void AddTo(ObjectGraphType mutation);
}
