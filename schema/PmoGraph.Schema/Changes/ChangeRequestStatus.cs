namespace PmoGraph.Schema.Changes;

public enum ChangeRequestStatus
{
    Draft,
    Submitted,
    Approved,
    Rejected,
}
