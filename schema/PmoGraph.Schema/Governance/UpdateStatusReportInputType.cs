using GraphQL.Types;

namespace PmoGraph.Schema.Governance;

public sealed class UpdateStatusReportInputType : InputObjectGraphType<UpdateStatusReportInput>
{
    public UpdateStatusReportInputType()
    {
        Name = "UpdateStatusReportInput";
        Description = "New RAG statuses and narrative for a status report that is still a draft.";
        Field(i => i.Id).Description("The report to update.");
        Field(i => i.Version).Description("The version read; the update fails with a ConcurrencyError if the report changed since.");
        Field(i => i.Overall, type: typeof(NonNullGraphType<RagType>)).Description("The project's overall RAG status.");
        Field(i => i.Scope, type: typeof(NonNullGraphType<RagType>)).Description("RAG status of scope against the baseline.");
        Field(i => i.Schedule, type: typeof(NonNullGraphType<RagType>)).Description("RAG status of the schedule against the baseline.");
        Field(i => i.Cost, type: typeof(NonNullGraphType<RagType>)).Description("RAG status of cost against the budget.");
        Field(i => i.Risk, type: typeof(NonNullGraphType<RagType>)).Description("RAG status of the project's risk exposure.");
        Field(i => i.Narrative, nullable: true).Description("Progress, concerns and next steps, at most 8000 characters.");
    }
}
