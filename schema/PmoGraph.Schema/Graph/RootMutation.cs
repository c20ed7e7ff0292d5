using GraphQL.Types;

namespace PmoGraph.Schema.Graph;

/// <summary>The <c>Mutation</c> root: every slice's mutations, in a stable order.</summary>
public sealed class RootMutation : ObjectGraphType
{
    public RootMutation(IEnumerable<IMutationFields> slices)
    {
        ArgumentNullException.ThrowIfNull(slices);
        Name = "Mutation";
        Description = "Changes to the portfolio. Each mutation is one transaction with its audit entry; expected failures are typed errors in the payload.";
        foreach (var slice in slices.OrderBy(s => s.GetType().FullName, StringComparer.Ordinal))
        {
            slice.AddTo(this);
        }
    }
}
