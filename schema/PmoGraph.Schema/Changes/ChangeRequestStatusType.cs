using GraphQL.Types;

namespace PmoGraph.Schema.Changes;

public sealed class ChangeRequestStatusType : EnumerationGraphType<ChangeRequestStatus>
{
    public ChangeRequestStatusType()
    {
        Name = "ChangeRequestStatus";
        Description = "Where a change request stands: DRAFT, SUBMITTED for decision, APPROVED (the baseline moves) or REJECTED.";
    }
}
