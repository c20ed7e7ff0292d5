using GraphQL.Types;

namespace PmoGraph.Schema.Graph;

/// <summary>A slice's root query fields. Implementations are found by scanning; the root type never lists slices.</summary>
public interface IQueryFields
{
    void AddTo(ObjectGraphType query);
}
