namespace PmoGraph.Schema.Governance;

/// <summary>Red, amber, green; grey where there is nothing to judge against (no baseline).</summary>
public enum Rag
{
    Grey,
    Green,
    Amber,
    Red,
}
