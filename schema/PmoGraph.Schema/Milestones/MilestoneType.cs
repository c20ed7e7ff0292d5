using GraphQL.Types;
using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Milestones;

public sealed class MilestoneType : ObjectGraphType<Milestone>
{
    public MilestoneType()
    {
        Name = "Milestone";
        Description = "A significant event in a project's schedule; reaching it credits earned value.";
        Field(m => m.Id).Description("The milestone's id.");
        Field(m => m.Name).Description("The milestone's name.").Filterable().Sortable();
        Field(m => m.PlannedDate).Description("The date the milestone is planned for.").Filterable().Sortable();
        Field(m => m.BaselineDate, nullable: true).Description("The date in the approved baseline; null before the baseline is set.").Filterable().Sortable();
        Field(m => m.ForecastDate, nullable: true).Description("The date the milestone is currently forecast to be reached.").Filterable().Sortable();
        Field(m => m.ActualDate, nullable: true).Description("The date the milestone was actually reached; null while open.").Filterable().Sortable();
        Field(m => m.EarnedValueWeight, nullable: true).Description("Share of the project's earned value this milestone credits, from 0 to 1 (a project's weights sum to 1).").Filterable().Sortable();
        Field(m => m.EarnedValueAmount, nullable: true).Description("Earned value this milestone credits as an amount in the project's currency, where the plan states one instead of a weight.").Filterable().Sortable();
        Field(m => m.PercentComplete).Description("Progress toward the milestone, 0 to 100; used by the 50/50 and percent-complete methods.").Filterable().Sortable();
        Field(m => m.Version).Description("Concurrency version; send it back with an update.");
        this.Reference<Milestone, Project, ProjectType>("project", m => m.ProjectId).Description("The project the milestone belongs to.").Filterable(m => m.Project).Sortable(m => m.Project);
    }
}
