namespace PmoGraph.Schema.Evm;

/// <summary>What earned value is rolled up over.</summary>
public enum EvmScope
{
    Project,
    Program,
    Portfolio,
    Department,
}
