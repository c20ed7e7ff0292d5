namespace PmoGraph.Schema.Mutations;

/// <summary>The row changed since the client read it: the client's version is stale.</summary>
public sealed record ConcurrencyError(string Message, string Entity, int Id, long ExpectedVersion, long? ActualVersion) : MutationError(Message);
