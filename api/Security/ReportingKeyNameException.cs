namespace PmoGraph.Api.Security;

/// <summary>A reporting key name that cannot be given: a live key holds it, or it is too long. The message says what to do.</summary>
internal sealed class ReportingKeyNameException(string message, Exception? inner = null) : InvalidOperationException(message, inner)
{
    /// <summary>The longest name a key may have (the column's length).</summary>
    public const int MaxLength = 100;

    public static ReportingKeyNameException Taken(string name, Exception? inner = null) =>
        new($"A live reporting key is already named '{name}'. Revoke it first (reporting-key revoke --name {name}) or choose another name.", inner);

    public static ReportingKeyNameException TooLong(string name) =>
        new($"A reporting key name has at most {MaxLength} characters; '{name[..20]}...' has {name.Length}.");
}
