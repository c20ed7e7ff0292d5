namespace PmoGraph.Schema.Mutations;

/// <summary>A state change the process does not allow (a lifecycle stage, a report or change request state).</summary>
public sealed record InvalidTransitionError(string Message, string From, string To) : MutationError(Message);
