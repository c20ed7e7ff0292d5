namespace PmoGraph.Api.Security;

/// <summary>Limits that keep a request from taking the service down (configuration section <c>Limits</c>).</summary>
internal sealed class LimitOptions
{
    public const string Section = "Limits";

    /// <summary>The deepest selection nesting an operation may have (its introspection fields left out).</summary>
    public int MaxDepth { get; set; } = 12;

    /// <summary>
    /// The most an operation may cost: each field costs 1, and a list's children count once per row it may return
    /// (its <c>first</c>/<c>last</c>, or the default page size). Introspection fields cost nothing here.
    /// </summary>
    public int MaxCost { get; set; } = 20_000;

    /// <summary>
    /// The most selections a document may expand to, checked before it is validated: the fields, inline fragments and
    /// fragment spreads of every operation and fragment definition, each spread counted with its fragment's selections.
    /// </summary>
    public int MaxExpandedFields { get; set; } = 2_048;

    /// <summary>
    /// The most pairs of fields sharing a response name in one merged selection set a document may hold, checked before
    /// it is validated: validation compares each pair, and each conflicting pair is an error of its own.
    /// </summary>
    public int MaxFieldComparisons { get; set; } = 5_000;

    /// <summary>The most aliases an operation may use.</summary>
    public int MaxAliases { get; set; } = 30;

    /// <summary>The most fields an operation may select at its root.</summary>
    public int MaxRootFields { get; set; } = 15;

    /// <summary>How long an operation may run before it, and its database command, is cancelled.</summary>
    public int ExecutionTimeoutSeconds { get; set; } = 30;

    /// <summary>Introspection and "did you mean" suggestions; null means on in Development only.</summary>
    public bool? Introspection { get; set; }

    /// <summary>
    /// The most <c>ofType</c> levels an introspection query may nest (graphql-js's getIntrospectionQuery nests 9; 16 as
    /// HotChocolate allows). Introspection is bounded by these two limits instead of depth and cost.
    /// </summary>
    public int MaxIntrospectionOfTypeDepth { get; set; } = 16;

    /// <summary>
    /// How many times along one path an introspection query may ask for a type's fields, inputFields, interfaces or
    /// possibleTypes: once is what every tool asks; again below them is a cycle through the schema.
    /// </summary>
    public int MaxIntrospectionTypeLists { get; set; } = 1;

    /// <summary>Requests per subject (or reporting key, or address when anonymous) in each window.</summary>
    public int RateLimitPermits { get; set; } = 600;

    /// <summary>The rate limit's window.</summary>
    public int RateLimitWindowSeconds { get; set; } = 60;
}
