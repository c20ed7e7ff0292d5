using GraphQL.Types;
using PmoGraph.Schema.Authorization;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Schema.Selection;

public sealed class SelectionLineType : ObjectGraphType<SelectionLine>
{
    public SelectionLineType()
    {
        Name = "SelectionLine";
        Description = "A candidate project in a selection: its value and cost, and whether the optimum and the greedy choice took it.";
        Field<NonNullGraphType<ProjectType>>("project").Description("The candidate.").Resolve(c => c.Source.Project);
        Field(l => l.StrategicValue).Description("Its strategic value: the sum over drivers of AHP weight x rating score.");
        Field(l => l.Cost).Description("Its budgeted cost over all fiscal years.").Sensitive(SensitiveData.Financial);
        Field(l => l.Selected).Description("Whether the optimal selection includes it.");
        Field(l => l.GreedySelected).Description("Whether the greedy choice by priority includes it.");
        Field(l => l.Forced, nullable: true).Description("True if forced in, false if forced or blocked out, null if free.");
        Field(l => l.BlockedReason, nullable: true).Description("Why a dependency rules it out, if one does.");
    }
}
