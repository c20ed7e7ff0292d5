namespace PmoGraph.Schema.Mutations;

/// <summary>A typed, expected failure of a mutation, returned in its payload's <c>errors</c> (never thrown to the client).</summary>
public abstract record MutationError(string Message);
