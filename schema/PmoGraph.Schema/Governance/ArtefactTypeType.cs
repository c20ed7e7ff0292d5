using GraphQL.Types;

namespace PmoGraph.Schema.Governance;

public sealed class ArtefactTypeType : EnumerationGraphType<ArtefactType>
{
    public ArtefactTypeType()
    {
        Name = "ArtefactType";
        Description = "A kind of governance artefact: CHARTER, BUSINESS_CASE, RISK_REGISTER, MONTHLY_STATUS_REPORT or CLOSURE_REPORT.";
    }
}
