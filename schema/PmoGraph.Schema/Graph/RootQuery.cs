using GraphQL.Types;

namespace PmoGraph.Schema.Graph;

/// <summary>The <c>Query</c> root: every slice's fields, in a stable order.</summary>
public sealed class RootQuery : ObjectGraphType
{
    public RootQuery(IEnumerable<IQueryFields> slices)
    {
        ArgumentNullException.ThrowIfNull(slices);
        Name = "Query";
        Description = "Reads of the portfolio: collections as cursor connections, single rows by id.";
        foreach (var slice in slices.OrderBy(s => s.GetType().FullName, StringComparer.Ordinal))
        {
            slice.AddTo(this);
        }
    }
}
