namespace PmoGraph.Schema.Issues;

public enum IssuePriority
{
    Low,
    Medium,
    High,
    Critical,
}
