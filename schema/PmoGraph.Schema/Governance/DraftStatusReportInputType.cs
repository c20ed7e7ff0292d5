using GraphQL.Types;

namespace PmoGraph.Schema.Governance;

public sealed class DraftStatusReportInputType : InputObjectGraphType<DraftStatusReportInput>
{
    public DraftStatusReportInputType()
    {
        Name = "DraftStatusReportInput";
        Description = "A project's status report for a month, started as a draft; one per project and month.";
        Field(i => i.ProjectId).Description("The project reported on.");
        Field(i => i.Period).Description("The month reported on, as its first day.");
        Field(i => i.Overall, type: typeof(NonNullGraphType<RagType>)).Description("The project's overall RAG status.");
        Field(i => i.Scope, type: typeof(NonNullGraphType<RagType>)).Description("RAG status of scope against the baseline.");
        Field(i => i.Schedule, type: typeof(NonNullGraphType<RagType>)).Description("RAG status of the schedule against the baseline.");
        Field(i => i.Cost, type: typeof(NonNullGraphType<RagType>)).Description("RAG status of cost against the budget.");
        Field(i => i.Risk, type: typeof(NonNullGraphType<RagType>)).Description("RAG status of the project's risk exposure.");
        Field(i => i.Narrative, nullable: true).Description("Progress, concerns and next steps, at most 8000 characters.");
    }
}
