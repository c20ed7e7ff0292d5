namespace PmoGraph.Api.Tests.Reports;

/// <summary>
/// Tests that read the process's managed heap run alone: other test classes running beside them allocate on the
/// same heap and would be counted as the server holding rows.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasurement
{
    public const string Name = "Memory measurement";
}
