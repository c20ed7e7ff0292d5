using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Benchmarks.Peer;

// groupBy as a typical server writes it: one hand-picked LINQ GroupBy for the grouping the clients use.
internal sealed class PeerProjectGroupBy
{
    public bool? Stage { get; set; }

    public PeerProgramGroupBy? Program { get; set; }
}

internal sealed class PeerProgramGroupBy
{
    public PeerPortfolioGroupBy? Portfolio { get; set; }
}

internal sealed class PeerPortfolioGroupBy
{
    public bool? Name { get; set; }
}

/// <summary>One group: its key (portfolio name, stage), its count and its budget sum.</summary>
internal sealed record PeerGroup(string PortfolioName, LifecycleStage Stage, int Count, decimal BudgetAtCompletion);

internal static class PeerGroups
{
    public static async Task<List<PeerGroup>> ReadAsync(PeerAggregate aggregate, CancellationToken cancellationToken)
    {
        var byPortfolio = aggregate.GroupBy.Any(g => g.Program?.Portfolio?.Name == true);
        var byStage = aggregate.GroupBy.Any(g => g.Stage == true);
        if (aggregate.GroupBy.Count == 0)
        {
            return [];
        }

        if (!byPortfolio || !byStage || aggregate.GroupBy.Count != 2)
        {
            throw new NotSupportedException("The peer groups projects by portfolio name and stage only, as the query mix asks.");
        }

        var rows = await aggregate.Source
            .GroupBy(p => new { Portfolio = p.Program.Portfolio.Name, p.Stage })
            .Select(g => new { g.Key.Portfolio, g.Key.Stage, Count = g.Count(), Budget = g.Sum(p => p.BudgetAtCompletion) })
            .ToListAsync(cancellationToken);
        return [.. rows
            .Select(r => new PeerGroup(r.Portfolio, r.Stage, r.Count, r.Budget))
            .OrderBy(g => g.PortfolioName, StringComparer.Ordinal).ThenBy(g => g.Stage)];
    }
}

internal sealed class PeerProjectGroupByType : InputObjectGraphType<PeerProjectGroupBy>
{
    public PeerProjectGroupByType()
    {
        Name = "ProjectGroupByInput";
        Field(g => g.Stage, nullable: true);
        Field(g => g.Program, type: typeof(PeerProgramGroupByType));
    }
}

internal sealed class PeerProgramGroupByType : InputObjectGraphType<PeerProgramGroupBy>
{
    public PeerProgramGroupByType()
    {
        Name = "ProgramGroupByInput";
        Field(g => g.Portfolio, type: typeof(PeerPortfolioGroupByType));
    }
}

internal sealed class PeerPortfolioGroupByType : InputObjectGraphType<PeerPortfolioGroupBy>
{
    public PeerPortfolioGroupByType()
    {
        Name = "PortfolioGroupByInput";
        Field(g => g.Name, nullable: true);
    }
}

internal sealed class PeerAggregateGroupType : ObjectGraphType<PeerGroup>
{
    public PeerAggregateGroupType()
    {
        Name = "ProjectAggregateGroup";
        Field<NonNullGraphType<PeerGroupKeyType>, PeerGroup>("key").Resolve(context => context.Source);
        Field(g => g.Count);
        Field<NonNullGraphType<PeerGroupSumType>, PeerGroup>("sum").Resolve(context => context.Source);
    }
}

internal sealed class PeerGroupKeyType : ObjectGraphType<PeerGroup>
{
    public PeerGroupKeyType()
    {
        Name = "ProjectGroupKey";
        Field<NonNullGraphType<PeerGroupKeyProgramType>, PeerGroup>("program").Resolve(context => context.Source);
        Field(g => g.Stage, type: typeof(NonNullGraphType<EnumerationGraphType<LifecycleStage>>));
    }
}

internal sealed class PeerGroupKeyProgramType : ObjectGraphType<PeerGroup>
{
    public PeerGroupKeyProgramType()
    {
        Name = "ProgramGroupKey";
        Field<NonNullGraphType<PeerGroupKeyPortfolioType>, PeerGroup>("portfolio").Resolve(context => context.Source);
    }
}

internal sealed class PeerGroupKeyPortfolioType : ObjectGraphType<PeerGroup>
{
    public PeerGroupKeyPortfolioType()
    {
        Name = "PortfolioGroupKey";
        Field<NonNullGraphType<StringGraphType>, string>("name").Resolve(context => context.Source.PortfolioName);
    }
}

internal sealed class PeerGroupSumType : ObjectGraphType<PeerGroup>
{
    public PeerGroupSumType()
    {
        Name = "ProjectGroupSum";
        Field(g => g.BudgetAtCompletion);
    }
}
