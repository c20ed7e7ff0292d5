namespace PmoGraph.Schema.Governance;

public enum GateDecision
{
    Go,
    Hold,
    Kill,
}
