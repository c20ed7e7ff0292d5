namespace PmoGraph.Schema.Querying;

/// <summary>How query operations are answered (configuration section <c>GraphQL:CompiledReads</c>).</summary>
public sealed class CompiledReadOptions
{
    public const string Section = "GraphQL:CompiledReads";

    /// <summary><see cref="CompiledReadMode.On"/> unless configured.</summary>
    public CompiledReadMode Mode { get; set; } = CompiledReadMode.On;

    /// <summary>
    /// Root-field statements kept for reuse (<see cref="CompiledStatementCache"/>), least recently used out first;
    /// 0 builds every statement anew.
    /// </summary>
    public int StatementCacheEntries { get; set; } = 4096;

    /// <summary>Approximate bytes the kept statements may hold (their SQL, parameters and decoding state).</summary>
    public long StatementCacheBytes { get; set; } = 64L * 1024 * 1024;
}

/// <summary>Whether the compiled read path answers the operations it covers.</summary>
public enum CompiledReadMode
{
    /// <summary>Every operation runs on the executor.</summary>
    Off,

    /// <summary>An operation the compiled path covers is answered by it; any other by the executor.</summary>
    On,

    /// <summary>
    /// For tests: both paths answer every covered operation, the executor's answer is returned, and a difference in
    /// the written JSON is added to it as a <c>COMPILED_READ_MISMATCH</c> error.
    /// </summary>
    Differential,
}
