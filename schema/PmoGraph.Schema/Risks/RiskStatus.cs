namespace PmoGraph.Schema.Risks;

public enum RiskStatus
{
    Open,
    Mitigating,
    Occurred,
    Closed,
}
