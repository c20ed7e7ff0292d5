using GraphQL.Types;
using PmoGraph.Schema.Authorization;
using PmoGraph.Schema.Changes;
using PmoGraph.Schema.Governance;
using PmoGraph.Schema.Issues;
using PmoGraph.Schema.Portfolios;
using PmoGraph.Schema.Programs;
using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Querying;
using PmoGraph.Schema.Resources;
using PmoGraph.Schema.Risks;

namespace PmoGraph.Schema.Organisation;

public sealed class PersonType : ObjectGraphType<Person>
{
    public PersonType()
    {
        Name = "Person";
        this.SensitiveType(SensitiveData.People);
        Description = "Someone in the organisation: a sponsor, manager, owner or team member.";
        Field(p => p.Id).Description("The person's id.");
        Field(p => p.Name).Description("The person's full name.").Filterable().Sortable();
        Field(p => p.Email).Description("The person's work email address.").Filterable().Sortable();
        Field(p => p.Subject, nullable: true).Description("The subject (the JWT's sub claim) the person signs in as; it links a token to what the person owns or manages. Null for someone who does not sign in.").Filterable().Sortable();
        Field(p => p.JobTitle, nullable: true).Description("The person's job title.").Filterable().Sortable();
        Field(p => p.Version).Description("Concurrency version; send it back with an update.");
        this.OptionalReference<Person, Department, DepartmentType>("department", p => p.DepartmentId).Description("The person's department.").Filterable(p => p.Department).Sortable(p => p.Department);
        this.Children<Person, Project, ProjectType>("managedProjects", p => p.ManagerId).Description("Projects this person manages.").Filterable(p => p.ManagedProjects);
        this.Children<Person, Project, ProjectType>("sponsoredProjects", p => p.SponsorId).Description("Projects this person sponsors.").Filterable(p => p.SponsoredProjects);
        this.Children<Person, Portfolio, PortfolioType>("ownedPortfolios", p => p.OwnerId).Description("Portfolios this person is accountable for.");
        this.Children<Person, Program, ProgramType>("managedPrograms", p => p.ManagerId).Description("Programs this person manages.");
        this.Children<Person, Resource, ResourceType>("resources", r => r.PersonId).Description("The resources that stand for this person in allocations.");
        this.Children<Person, Risk, RiskType>("ownedRisks", r => r.OwnerId).Description("Risks this person owns.");
        this.Children<Person, Issue, IssueType>("ownedIssues", i => i.OwnerId).Description("Issues this person is responsible for resolving.");
        this.Children<Person, ChangeRequest, ChangeRequestType>("requestedChangeRequests", c => c.RequestedById).Description("Change requests this person raised.");
        this.Children<Person, ChangeRequest, ChangeRequestType>("decidedChangeRequests", c => c.DecidedById).Description("Change requests this person approved or rejected.");
        this.Children<Person, PhaseGate, PhaseGateType>("decidedPhaseGates", g => g.DecidedById).Description("Gate reviews this person decided.");
        this.Children<Person, StatusReport, StatusReportType>("authoredStatusReports", r => r.AuthorId).Description("Status reports this person wrote.");
        this.Children<Person, Document, DocumentType>("authoredDocuments", d => d.AuthorId).Description("Documents this person wrote.");
    }
}
