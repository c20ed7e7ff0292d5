namespace PmoGraph.Api.Tests.Security.Scope;

/// <summary>
/// How a walk fills arguments: which ids to give for an entity (the caller's visible rows, hidden rows, or both),
/// which member of each enum, the date to use, and the page size of lists.
/// </summary>
internal sealed record ArgumentFill(Func<string?, IReadOnlyList<int>> Ids, int EnumChoice, DateOnly Date, int PageSize)
{
    public string Label { get; init; } = "";
}
