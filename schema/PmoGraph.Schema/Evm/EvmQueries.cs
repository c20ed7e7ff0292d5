using GraphQL.Types;
using PmoGraph.Schema.Graph;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Evm;

internal sealed class EvmQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Connection<EvmSnapshot, EvmSnapshotType>("evmSnapshots").Description("All earned-value snapshots of all projects.");
        query.ById<EvmSnapshot, EvmSnapshotType>("evmSnapshot").Description("An earned-value snapshot by id.");
    }
}
