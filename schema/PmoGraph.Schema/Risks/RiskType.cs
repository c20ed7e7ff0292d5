using GraphQL.Types;
using PmoGraph.Schema.Authorization;
using PmoGraph.Schema.Organisation;
using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Risks;

public sealed class RiskType : ObjectGraphType<Risk>
{
    public RiskType()
    {
        Name = "Risk";
        Description = "An uncertain event that would affect a project's objectives if it occurred; an entry of the risk register.";
        Field(r => r.Id).Description("The risk's id.");
        Field(r => r.Title).Description("A short statement of the risk.").Filterable().Sortable();
        Field(r => r.Description, nullable: true).Description("The risk's cause, event and effect.");
        Field(r => r.Probability).Description("Likelihood the risk occurs, from 0 to 1.").Filterable().Sortable();
        Field(r => r.Impact).Description("Impact on the project if it occurs, on a 1-5 scale (5 is severe).").Filterable().Sortable();
        Field(r => r.Exposure).Description("Probability x impact, from 0 to 5.").Filterable().Sortable();
        Field(r => r.CostExposure).Description("Expected cost if the risk occurs times its probability, in the project's currency.").Filterable().Sortable().Sensitive(SensitiveData.Financial);
        Field(r => r.Mitigation, nullable: true).Description("The planned response that reduces probability or impact.");
        Field(r => r.Status, type: typeof(NonNullGraphType<RiskStatusType>)).Description("Where the risk stands.").Filterable();
        Field(r => r.RaisedOn).Description("The date the risk was raised.").Filterable().Sortable();
        Field(r => r.ClosedOn, nullable: true).Description("The date the risk was closed; null while it is live.").Filterable().Sortable();
        Field(r => r.Version).Description("Concurrency version; send it back with an update.");
        this.Reference<Risk, Project, ProjectType>("project", r => r.ProjectId).Description("The project the risk threatens.").Filterable(r => r.Project).Sortable(r => r.Project);
        this.OptionalReference<Risk, Person, PersonType>("owner", r => r.OwnerId).Description("The person who owns the risk and its response.").Filterable(r => r.Owner).Sortable(r => r.Owner);
    }
}
