namespace PmoGraph.Schema.Governance;

public enum ReportState
{
    Draft,
    Submitted,
    Approved,
}
