namespace PmoGraph.Schema.Selection;

/// <summary>The <c>extensions.code</c> values portfolio selection queries report.</summary>
public static class SelectionErrorCodes
{
    /// <summary>A selection input that cannot be solved as asked (unknown candidate, negative budget, ...).</summary>
    public const string InvalidSelection = "INVALID_SELECTION_INPUT";

    /// <summary>A scenario id that does not exist.</summary>
    public const string ScenarioNotFound = "SCENARIO_NOT_FOUND";
}
