using GraphQLParser.AST;

namespace PmoGraph.Api.GraphQL.Plans;

/// <summary>A document that parsed and passed every validation rule for its <see cref="PlanKey"/>, ready to execute.</summary>
internal sealed record OperationPlan(GraphQLDocument Document, long ApproximateBytes)
{
    /// <summary>The most sets of variable values a plan remembers as having passed the rules that read them.</summary>
    public const int MaxPassedInputs = 16;

    /// <summary>The longest written-down set of variable values remembered; a longer one runs its rules every time.</summary>
    public const int MaxPassedInputLength = 512;

    private readonly string?[] _passed = new string?[MaxPassedInputs];
    private int _next;

    /// <summary>
    /// Whether a request with exactly these variable values (<c>StatementInputs.Describe</c>, typed) already passed
    /// the rules that read the request for this plan's document, operation and role; then they would pass again.
    /// </summary>
    public bool HasPassed(string? inputs)
    {
        if (inputs is null || inputs.Length > MaxPassedInputLength)
        {
            return false;
        }

        lock (_passed)
        {
            return Array.IndexOf(_passed, inputs) >= 0;
        }
    }

    /// <summary>Remembers that a request with these variable values passed every rule and ran (the oldest of a full set forgotten).</summary>
    public void NotePassed(string? inputs)
    {
        if (inputs is null || inputs.Length > MaxPassedInputLength)
        {
            return;
        }

        lock (_passed)
        {
            if (Array.IndexOf(_passed, inputs) < 0)
            {
                _passed[_next] = inputs;
                _next = (_next + 1) % MaxPassedInputs;
            }
        }
    }

    /// <summary>What the remembered inputs can hold at most, counted against the plan cache's bytes.</summary>
    public const long PassedInputsBytes = MaxPassedInputs * ((MaxPassedInputLength * 2) + 32);
}
