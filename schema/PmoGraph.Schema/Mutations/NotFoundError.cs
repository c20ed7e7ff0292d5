namespace PmoGraph.Schema.Mutations;

/// <summary>The mutation names a row that does not exist.</summary>
public sealed record NotFoundError(string Message, string Entity, int Id) : MutationError(Message);
