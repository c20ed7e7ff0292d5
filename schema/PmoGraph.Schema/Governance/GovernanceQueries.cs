using GraphQL.Types;
using PmoGraph.Schema.Graph;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Governance;

internal sealed class GovernanceQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Connection<PhaseGate, PhaseGateType>("phaseGates").Description("All gate reviews of all projects.");
        query.ById<PhaseGate, PhaseGateType>("phaseGate").Description("A gate review by id.");
        query.Connection<StatusReport, StatusReportType>("statusReports").Description("All monthly status reports of all projects.");
        query.ById<StatusReport, StatusReportType>("statusReport").Description("A status report by id.");
        query.Connection<Standard, StandardType>("standards").Description("All the organisation's artefact standards.");
        query.ById<Standard, StandardType>("standard").Description("A standard by id.");
        query.Connection<Document, DocumentType>("documents").Description("All documents of all projects.");
        query.ById<Document, DocumentType>("document").Description("A document by id.");
        query.Connection<RagThreshold, RagThresholdType>("ragThresholds").Description("All RAG threshold policies.");
        query.ById<RagThreshold, RagThresholdType>("ragThreshold").Description("A RAG threshold policy by id.");
    }
}
