namespace PmoGraph.Schema.Evm;

/// <summary>The <c>extensions.code</c> of errors the earned-value fields return.</summary>
public static class EvmErrorCodes
{
    /// <summary>A date range that is reversed or longer than the history allows.</summary>
    public const string InvalidDateRange = "INVALID_DATE_RANGE";
}
