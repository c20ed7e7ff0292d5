using GraphQL.Types;
using PmoGraph.Schema.Benefits;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Strategy;

public sealed class StrategicObjectiveType : ObjectGraphType<StrategicObjective>
{
    public StrategicObjectiveType()
    {
        Name = "StrategicObjective";
        Description = "A node of the strategy tree: a goal, an objective under it, or a key result under that with its metric.";
        Field(o => o.Id).Description("The objective's id.");
        Field(o => o.Code).Description("The objective's short unique code.").Filterable().Sortable();
        Field(o => o.Name).Description("The objective's name.").Filterable().Sortable();
        Field(o => o.Description, nullable: true).Description("What the objective means for the organisation.");
        Field(o => o.Level, type: typeof(NonNullGraphType<ObjectiveLevelType>)).Description("Whether this is a goal, an objective or a key result.").Filterable();
        Field(o => o.Metric, nullable: true).Description("What a key result measures, e.g. \"customer churn %\"; null for goals and objectives.");
        Field(o => o.Baseline, nullable: true).Description("The metric's value when the key result was set, in the metric's unit.");
        Field(o => o.Target, nullable: true).Description("The metric's value the key result aims for, in the metric's unit.");
        Field(o => o.Current, nullable: true).Description("The metric's latest measured value, in the metric's unit.");
        Field(o => o.Version).Description("Concurrency version; send it back with an update.");
        this.OptionalReference<StrategicObjective, StrategicObjective, StrategicObjectiveType>("parent", o => o.ParentId).Description("The goal or objective this one sits under; null for a goal.").Filterable(o => o.Parent).Sortable(o => o.Parent);
        this.Children<StrategicObjective, StrategicObjective, StrategicObjectiveType>("children", o => o.ParentId).Description("Objectives or key results directly under this one.");
        this.Children<StrategicObjective, ProjectAlignment, ProjectAlignmentType>("alignments", a => a.ObjectiveId).Description("How strongly projects serve this objective.");
        this.Children<StrategicObjective, Benefit, BenefitType>("benefits", b => b.ObjectiveId).Description("Project benefits that contribute to this objective.");
    }
}
