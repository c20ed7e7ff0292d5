using GraphQL.Types;
using PmoGraph.Schema.Organisation;
using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Issues;

public sealed class IssueType : ObjectGraphType<Issue>
{
    public IssueType()
    {
        Name = "Issue";
        Description = "Something that is affecting a project now and needs action; an entry of the issue log.";
        Field(i => i.Id).Description("The issue's id.");
        Field(i => i.Title).Description("A short statement of the issue.").Filterable().Sortable();
        Field(i => i.Description, nullable: true).Description("What is happening and what it affects.");
        Field(i => i.Priority, type: typeof(NonNullGraphType<IssuePriorityType>)).Description("How urgently the issue must be dealt with.").Filterable();
        Field(i => i.Status, type: typeof(NonNullGraphType<IssueStatusType>)).Description("Where the issue stands.").Filterable();
        Field(i => i.RaisedOn).Description("The date the issue was raised.").Filterable().Sortable();
        Field(i => i.DueDate, nullable: true).Description("The date the issue should be resolved by.").Filterable().Sortable();
        Field(i => i.ResolvedOn, nullable: true).Description("The date the issue was resolved; null while open.").Filterable().Sortable();
        Field(i => i.Resolution, nullable: true).Description("How the issue was resolved.");
        Field(i => i.Version).Description("Concurrency version; send it back with an update.");
        this.Reference<Issue, Project, ProjectType>("project", i => i.ProjectId).Description("The project the issue affects.").Filterable(i => i.Project).Sortable(i => i.Project);
        this.OptionalReference<Issue, Person, PersonType>("owner", i => i.OwnerId).Description("The person responsible for resolving the issue.").Filterable(i => i.Owner).Sortable(i => i.Owner);
    }
}
