using GraphQL.Types;
using PmoGraph.Schema.Authorization;

namespace PmoGraph.Schema.Selection;

public sealed class PortfolioSelectionType : ObjectGraphType<PortfolioSelection>
{
    public PortfolioSelectionType()
    {
        Name = "PortfolioSelection";
        Description = "The portfolio that maximises strategic value under the constraints, how good it is proven to be, and the greedy choice by priority beside it.";
        Field<NonNullGraphType<SelectionStatusType>>("status").Description("What the solver proved.").Resolve(c => c.Source.Optimum.Status);
        Field(s => s.TotalValue).Description("The selected projects' summed strategic value.");
        Field(s => s.TotalCost).Description("The selected projects' summed budgeted cost.").Sensitive(SensitiveData.Financial);
        Field(s => s.BestBound, nullable: true).Description("The proven upper bound on total value (to the millionth: values are scaled to integers); equals totalValue when OPTIMAL.");
        Field<FloatGraphType>("gap").Description("(bestBound - totalValue) / bestBound: 0 when OPTIMAL, above 0 when the time limit stopped the proof, null without a selection.").Resolve(c => c.Source.Optimum.Gap);
        Field(s => s.TimeLimitSeconds).Description("The time limit the solver ran under.");
        Field<NonNullGraphType<FloatGraphType>>("wallTimeSeconds").Description("How long the solve took.").Resolve(c => c.Source.Optimum.WallTime.TotalSeconds);
        Field<NonNullGraphType<BooleanGraphType>>("greedyFeasible").Description("Whether the greedy choice meets the constraints (it cannot when forced projects do not fit).").Resolve(c => c.Source.Greedy.Feasible);
        Field(s => s.GreedyValue, nullable: true).Description("The strategic value of Project Server's greedy choice: candidates in priority order, each taken if it still fits.");
        Field(s => s.GreedyCost, nullable: true).Description("The greedy choice's budgeted cost.").Sensitive(SensitiveData.Financial);
        Field(s => s.GainOverGreedy, nullable: true).Description("totalValue - greedyValue: what optimising adds over choosing by priority.");
        Field(s => s.GainOverGreedyRatio, nullable: true).Description("The gain as a share of the greedy value (0.25 is 25% more value).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SelectionLineType>>>>("projects").Description("Every candidate, in id order.").Resolve(c => c.Source.Lines);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BudgetUseType>>>>("budgets").Description("Each fiscal year the candidates spend in or a budget names.").Resolve(c => c.Source.Budgets);
    }
}
