using GraphQL.Types;
using PmoGraph.Schema.Organisation;
using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Governance;

public sealed class StatusReportType : ObjectGraphType<StatusReport>
{
    public StatusReportType()
    {
        Name = "StatusReport";
        Description = "A project's monthly status report: RAG per dimension and a narrative, from draft to approved.";
        Field(r => r.Id).Description("The report's id.");
        Field(r => r.Period).Description("The month reported on, as its first day.").Filterable().Sortable();
        Field(r => r.Overall, type: typeof(NonNullGraphType<RagType>)).Description("The project's overall RAG status.").Filterable();
        Field(r => r.Scope, type: typeof(NonNullGraphType<RagType>)).Description("RAG status of scope against the baseline.").Filterable();
        Field(r => r.Schedule, type: typeof(NonNullGraphType<RagType>)).Description("RAG status of the schedule against the baseline.").Filterable();
        Field(r => r.Cost, type: typeof(NonNullGraphType<RagType>)).Description("RAG status of cost against the budget.").Filterable();
        Field(r => r.Risk, type: typeof(NonNullGraphType<RagType>)).Description("RAG status of the project's risk exposure.").Filterable();
        Field(r => r.Narrative, nullable: true).Description("The project manager's account of the month: progress, concerns, next steps.");
        Field(r => r.State, type: typeof(NonNullGraphType<ReportStateType>)).Description("Where the report is in its workflow.").Filterable();
        Field(r => r.SubmittedAt, nullable: true).Description("When the report was submitted to the PMO (UTC); null while a draft.").Filterable().Sortable();
        Field(r => r.ApprovedAt, nullable: true).Description("When the PMO approved the report (UTC); null until approved.").Filterable().Sortable();
        Field(r => r.Version).Description("Concurrency version; send it back with an update.");
        this.Reference<StatusReport, Project, ProjectType>("project", r => r.ProjectId).Description("The project reported on.").Filterable(r => r.Project).Sortable(r => r.Project);
        this.OptionalReference<StatusReport, Person, PersonType>("author", r => r.AuthorId).Description("The person who wrote the report.").Filterable(r => r.Author).Sortable(r => r.Author);
    }
}
