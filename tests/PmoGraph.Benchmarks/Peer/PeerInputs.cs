using GraphQL.Types;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Benchmarks.Peer;

// The peer's inputs: only the filter and sort fields the query mix uses, bound to plain classes as in most servers.
internal sealed class PeerProjectFilter
{
    public PeerStageFilter? Stage { get; set; }

    public PeerDecimalFilter? BudgetAtCompletion { get; set; }
}

internal sealed class PeerStageFilter
{
    public List<LifecycleStage>? In { get; set; }

    public List<LifecycleStage>? Nin { get; set; }
}

internal sealed class PeerDecimalFilter
{
    public decimal? Gte { get; set; }
}

internal sealed class PeerProjectSort
{
    public PeerSortDirection? BudgetAtCompletion { get; set; }

    public PeerSortDirection? Name { get; set; }
}

internal enum PeerSortDirection
{
    Asc,
    Desc,
}

internal sealed class PeerProjectFilterType : InputObjectGraphType<PeerProjectFilter>
{
    public PeerProjectFilterType()
    {
        Name = "ProjectFilterInput";
        Field(f => f.Stage, type: typeof(PeerStageFilterType));
        Field(f => f.BudgetAtCompletion, type: typeof(PeerDecimalFilterType));
    }
}

internal sealed class PeerStageFilterType : InputObjectGraphType<PeerStageFilter>
{
    public PeerStageFilterType()
    {
        Name = "LifecycleStageOperationFilterInput";
        Field(f => f.In, type: typeof(ListGraphType<NonNullGraphType<EnumerationGraphType<LifecycleStage>>>));
        Field(f => f.Nin, type: typeof(ListGraphType<NonNullGraphType<EnumerationGraphType<LifecycleStage>>>));
    }
}

internal sealed class PeerDecimalFilterType : InputObjectGraphType<PeerDecimalFilter>
{
    public PeerDecimalFilterType()
    {
        Name = "DecimalOperationFilterInput";
        Field(f => f.Gte, nullable: true);
    }
}

internal sealed class PeerProjectSortType : InputObjectGraphType<PeerProjectSort>
{
    public PeerProjectSortType()
    {
        Name = "ProjectSortInput";
        Field(f => f.BudgetAtCompletion, type: typeof(EnumerationGraphType<PeerSortDirection>));
        Field(f => f.Name, type: typeof(EnumerationGraphType<PeerSortDirection>));
    }
}
