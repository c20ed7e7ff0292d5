namespace PmoGraph.Api.GraphQL.Plans;

/// <summary>
/// What a plan is prepared for: the document's exact text, the operation it runs, and the caller's role (the one
/// fact about the caller that changes validation: the viewer's sensitive-field rule). Variable values are not part of
/// the key: the rules that read them run on every request (<see cref="PreparedDocuments"/>).
/// </summary>
internal sealed record PlanKey(string Query, string? OperationName, string Role)
{
    /// <summary>The role of a caller with none (a request the fallback policy would have refused).</summary>
    public const string NoRole = "";
}
