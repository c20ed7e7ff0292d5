namespace PmoGraph.Schema.Querying;

/// <summary>How query operations are answered (configuration section <c>GraphQL:CompiledReads</c>).</summary>
public sealed class CompiledReadOptions
{
    public const string Section = "GraphQL:CompiledReads";

    /// <summary><see cref="CompiledReadMode.On"/> unless configured.</summary>
    public CompiledReadMode Mode { get; set; } = CompiledReadMode.On;
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
