namespace PmoGraph.Schema.Querying;

/// <summary>Limits on <c>where</c>, <c>order</c> and <c>groupBy</c> arguments (configuration section <c>Filtering</c>).</summary>
public sealed class FilteringOptions
{
    /// <summary>
    /// The highest <see cref="MaxNodes"/> a configuration may set. Each node can add a level to the expression EF Core
    /// visits recursively and to the SQL SQLite parses (at most 1,000 levels deep), so the budget itself must stay below both.
    /// </summary>
    public const int MaxNodesCeiling = 500;

    /// <summary>The most values an <c>in</c> or <c>nin</c> list may hold; a longer list is an error before any SQL runs.</summary>
    public int MaxInListLength { get; set; } = 500;

    /// <summary>
    /// The most nodes the <c>where</c>, <c>order</c> and <c>groupBy</c> arguments of one request may hold together:
    /// every field set in one of their input objects and every object in one of their lists counts one, at any depth
    /// (<c>and</c>/<c>or</c> nesting included), literal or variable; an <c>in</c> list counts one whatever its length.
    /// </summary>
    public int MaxNodes { get; set; } = 250;
}
