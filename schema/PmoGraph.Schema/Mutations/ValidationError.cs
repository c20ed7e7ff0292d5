namespace PmoGraph.Schema.Mutations;

/// <summary>An input value broke a rule; <see cref="Path"/> names the field (<c>["input", "budgetAtCompletion"]</c>).</summary>
public sealed record ValidationError(string Message, IReadOnlyList<string> Path, string Rule) : MutationError(Message);
