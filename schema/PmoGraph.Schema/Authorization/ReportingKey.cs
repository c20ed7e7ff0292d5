using PmoGraph.Schema.Common;

namespace PmoGraph.Schema.Authorization;

/// <summary>
/// A read-only key for Power BI on <c>/odata</c> and <c>/reports</c>. Only the SHA-256 of its secret is kept;
/// <see cref="KeyId"/> (printed inside the key) finds the row without comparing secrets.
/// </summary>
public sealed class ReportingKey : Entity
{
    public required string KeyId { get; set; }
    public required string Name { get; set; }
    public required byte[] SecretHash { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
}
