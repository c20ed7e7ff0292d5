namespace PmoGraph.Api.Security;

/// <summary>The <c>extensions.code</c> of errors raised by the security rules and limits.</summary>
internal static class SecurityErrorCodes
{
    /// <summary>No valid credential: a missing, bad or expired token (or one without a subject), or a bad reporting key.</summary>
    public const string NotAuthenticated = "AUTH_NOT_AUTHENTICATED";

    /// <summary>A field, or a resource, the caller's role may not read.</summary>
    public const string NotAuthorized = "AUTH_NOT_AUTHORIZED";

    /// <summary>Introspection asked for where it is switched off.</summary>
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";

    /// <summary>An introspection query past the introspection guard: ofType nested too deep, a cycle through the schema's type lists, or a list repeated under aliases.</summary>
    public const string IntrospectionTooComplex = "INTROSPECTION_TOO_COMPLEX";

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

    /// <summary>A fault of the server; the body carries the trace id under which it was logged, and no detail.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
}
