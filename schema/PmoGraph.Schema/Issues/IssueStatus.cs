namespace PmoGraph.Schema.Issues;

public enum IssueStatus
{
    Open,
    InProgress,
    Resolved,
    Closed,
}
