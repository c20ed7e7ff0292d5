namespace PmoGraph.Schema.Idempotency;

/// <summary>
/// A mutation request sent with an <c>Idempotency-Key</c>: the first one claims the key, later ones with the same key
/// and body get its stored response instead of running again. Keys are scoped to the caller.
/// </summary>
public sealed class IdempotencyRecord
{
    public required string Actor { get; set; }
    public required string Key { get; set; }

    /// <summary>SHA-256 of the request (query, operation name, variables), hex.</summary>
    public required string RequestHash { get; set; }
    public bool IsCompleted { get; set; }
    public int? ResponseStatus { get; set; }
    public string? ResponseContentType { get; set; }
    public string? ResponseBody { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? CompletedAt { get; set; }
}
