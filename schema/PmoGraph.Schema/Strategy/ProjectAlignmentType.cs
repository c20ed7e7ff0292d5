using GraphQL.Types;
using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Strategy;

public sealed class ProjectAlignmentType : ObjectGraphType<ProjectAlignment>
{
    public ProjectAlignmentType()
    {
        Name = "ProjectAlignment";
        Description = "How strongly a project serves one business driver or one strategic objective (exactly one of the two).";
        Field(a => a.Id).Description("The alignment's id.");
        Field(a => a.Rating, type: typeof(NonNullGraphType<AlignmentRatingType>)).Description("How strongly the project serves the driver or objective.");
        Field(a => a.Rationale, nullable: true).Description("Why the project was rated so.");
        Field(a => a.Version).Description("Concurrency version; send it back with an update.");
        this.Reference<ProjectAlignment, Project, ProjectType>("project", a => a.ProjectId).Description("The project rated.");
        this.OptionalReference<ProjectAlignment, BusinessDriver, BusinessDriverType>("driver", a => a.DriverId).Description("The business driver the project is rated against; null when rated against an objective.");
        this.OptionalReference<ProjectAlignment, StrategicObjective, StrategicObjectiveType>("objective", a => a.ObjectiveId).Description("The strategic objective the project is rated against; null when rated against a driver.");
    }
}
