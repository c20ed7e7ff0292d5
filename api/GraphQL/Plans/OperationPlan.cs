using GraphQL.Validation;
using GraphQLParser.AST;

namespace PmoGraph.Api.GraphQL.Plans;

/// <summary>A document that parsed and passed every validation rule for its <see cref="PlanKey"/>, ready to execute.</summary>
internal sealed record OperationPlan(GraphQLDocument Document, long ApproximateBytes)
{
    /// <summary>The most sets of variable values a plan remembers as having passed the rules that read them.</summary>
    public const int MaxPassedInputs = 16;

    /// <summary>The longest written-down set of variable values remembered; a longer one runs its rules every time.</summary>
    public const int MaxPassedInputLength = 512;

    /// <summary>
    /// The most field arguments a remembered validation result may hold (<see cref="Validated"/>); a request whose
    /// fields have more is validated every time, so what a plan remembers stays within <see cref="PassedInputsBytes"/>.
    /// </summary>
    public const int MaxRememberedArguments = 32;

    private readonly string?[] _passed = new string?[MaxPassedInputs];
    private readonly IValidationResult?[] _validated = new IValidationResult?[MaxPassedInputs];
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

    /// <summary>
    /// What validating a request with exactly these variable values gave, when one passed and its result was kept
    /// (<see cref="NotePassed(string?, IValidationResult?)"/>): the variables coerced and every field's arguments
    /// parsed, a pure function of this plan's document and operation and of those values, so the same for the next
    /// request with them. Null when none is remembered.
    /// </summary>
    public IValidationResult? Validated(string? inputs)
    {
        if (inputs is null || inputs.Length > MaxPassedInputLength)
        {
            return null;
        }

        lock (_passed)
        {
            var at = Array.IndexOf(_passed, inputs);
            return at < 0 ? null : _validated[at];
        }
    }

    /// <summary>Remembers that a request with these variable values passed every rule and ran (the oldest of a full set forgotten).</summary>
    public void NotePassed(string? inputs) => NotePassed(inputs, null);

    /// <summary>
    /// Remembers that a request with these variable values passed every rule and ran, with its validation result when
    /// it is small enough to keep (at most <see cref="MaxRememberedArguments"/> field arguments); the oldest of a full
    /// set forgotten.
    /// </summary>
    public void NotePassed(string? inputs, IValidationResult? validation)
    {
        if (inputs is null || inputs.Length > MaxPassedInputLength)
        {
            return;
        }

        var kept = validation is { IsValid: true } && Arguments(validation) <= MaxRememberedArguments ? validation : null;
        lock (_passed)
        {
            var at = Array.IndexOf(_passed, inputs);
            if (at >= 0)
            {
                _validated[at] ??= kept;
                return;
            }

            _passed[_next] = inputs;
            _validated[_next] = kept;
            _next = (_next + 1) % MaxPassedInputs;
        }
    }

    /// <summary>
    /// What the remembered inputs can hold at most, counted against the plan cache's bytes: their text, and a validation
    /// result each of at most <see cref="MaxRememberedArguments"/> arguments (about 160 bytes each, dictionaries included;
    /// their values come from the document, counted with it, or from variables within the inputs' length).
    /// </summary>
    public const long PassedInputsBytes = MaxPassedInputs * ((MaxPassedInputLength * 2) + 32 + 512 + (MaxRememberedArguments * 160));

    private static int Arguments(IValidationResult validation)
    {
        var count = validation.DirectiveValues?.Sum(d => d.Value.Count) ?? 0;
        if (validation.ArgumentValues is { } fields)
        {
            foreach (var field in fields)
            {
                count += Math.Max(1, field.Value.Count);
            }
        }

        return count;
    }
}
