namespace PmoGraph.Schema.Mutations;

/// <summary>The caller may not make this change.</summary>
public sealed record NotAllowedError(string Message) : MutationError(Message);
