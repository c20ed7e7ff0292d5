using GraphQL.Types;
using PmoGraph.Schema.Authorization;
using PmoGraph.Schema.Organisation;
using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Changes;

public sealed class ChangeRequestType : ObjectGraphType<ChangeRequest>
{
    public ChangeRequestType()
    {
        Name = "ChangeRequest";
        Description = "A request to change a project's scope, cost or schedule; once approved it moves the project's baseline.";
        Field(c => c.Id).Description("The change request's id.");
        Field(c => c.Code).Description("The change request's short unique code.").Filterable().Sortable();
        Field(c => c.Title).Description("A short statement of the change.").Filterable().Sortable();
        Field(c => c.Description, nullable: true).Description("What changes and why.");
        Field(c => c.CostImpact).Description("The change to the budget at completion, in the project's currency (negative for a saving).").Filterable().Sortable().Sensitive(SensitiveData.Financial);
        Field(c => c.ScheduleImpactDays).Description("The change to the baseline finish, in calendar days (negative to finish earlier).").Filterable().Sortable();
        Field(c => c.Status, type: typeof(NonNullGraphType<ChangeRequestStatusType>)).Description("Where the change request stands.").Filterable();
        Field(c => c.RaisedOn).Description("The date the change was requested.").Filterable().Sortable();
        Field(c => c.DecidedOn, nullable: true).Description("The date the change was approved or rejected; null until decided.").Filterable().Sortable();
        Field(c => c.DecisionNote, nullable: true).Description("Why the change was approved or rejected.");
        Field(c => c.Version).Description("Concurrency version; send it back with an update.");
        this.Reference<ChangeRequest, Project, ProjectType>("project", c => c.ProjectId).Description("The project the change is for.").Filterable(c => c.Project).Sortable(c => c.Project);
        this.OptionalReference<ChangeRequest, Person, PersonType>("requestedBy", c => c.RequestedById).Description("The person who requested the change.").Filterable(c => c.RequestedBy).Sortable(c => c.RequestedBy);
        this.OptionalReference<ChangeRequest, Person, PersonType>("decidedBy", c => c.DecidedById).Description("The person who approved or rejected the change.").Filterable(c => c.DecidedBy).Sortable(c => c.DecidedBy);
    }
}
