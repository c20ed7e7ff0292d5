namespace PmoGraph.Schema.Mutations;

/// <summary>
/// The input of an <c>update...</c> mutation: the row, the version the client read, and which fields the request gave.
/// A field left out keeps the stored value; a field given as <c>null</c> clears it. Presence is read from the request
/// (<see cref="UpdateInputType{TInput, TEntity}"/>), since a CLR <c>null</c> cannot tell "left out" from "cleared".
/// </summary>
public abstract record UpdateInput
{
    public int Id { get; init; }
    public long Version { get; init; }

    /// <summary>The CLR names of the input properties the request gave, explicit nulls included.</summary>
    public IReadOnlySet<string> Given { get; internal set; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Whether the request gave the input property named <paramref name="property"/> (use <c>nameof</c>).</summary>
    public bool Has(string property) => Given.Contains(property);
}
