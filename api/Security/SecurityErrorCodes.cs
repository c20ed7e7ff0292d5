namespace PmoGraph.Api.Security;

/// <summary>The <c>extensions.code</c> of errors raised by the security rules and limits.</summary>
internal static class SecurityErrorCodes
{
    /// <summary>A field the caller's role may not read.</summary>
    public const string NotAuthorized = "AUTH_NOT_AUTHORIZED";

    /// <summary>Introspection asked for where it is switched off.</summary>
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";

    /// <summary>More aliases in one operation than allowed.</summary>
    public const string TooManyAliases = "MAX_ALIASES_EXCEEDED";

    /// <summary>A document that expands to more fields than allowed once its fragments are spread.</summary>
    public const string TooManyFields = "MAX_FIELDS_EXCEEDED";

    /// <summary>A document whose fields sharing a response name make more pairs for validation to compare than allowed.</summary>
    public const string TooManyFieldComparisons = "MAX_FIELD_COMPARISONS_EXCEEDED";

    /// <summary>More root fields in one operation than allowed.</summary>
    public const string TooManyRootFields = "MAX_ROOT_FIELDS_EXCEEDED";

    /// <summary>Nested or costlier than allowed.</summary>
    public const string TooComplex = "QUERY_TOO_COMPLEX";

    /// <summary>The request ran out of time and was cancelled.</summary>
    public const string Timeout = "EXECUTION_TIMEOUT";
}
