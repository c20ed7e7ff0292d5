using PmoGraph.Schema.Mutations;

namespace PmoGraph.Schema.Governance;

public sealed class UpdateStatusReportInputType : UpdateInputType<UpdateStatusReportInput, StatusReport>
{
    public UpdateStatusReportInputType()
        : base("UpdateStatusReportInput", "report", "New RAG statuses and narrative for a status report that is still a draft.")
    {
        Patch(i => i.Overall, "The project's overall RAG status.", typeof(RagType));
        Patch(i => i.Scope, "RAG status of scope against the baseline.", typeof(RagType));
        Patch(i => i.Schedule, "RAG status of the schedule against the baseline.", typeof(RagType));
        Patch(i => i.Cost, "RAG status of cost against the budget.", typeof(RagType));
        Patch(i => i.Risk, "RAG status of the project's risk exposure.", typeof(RagType));
        Patch(i => i.Narrative, "Progress, concerns and next steps, at most 8000 characters.");
    }
}
