namespace PmoGraph.Schema.Governance;

public enum ArtefactType
{
    Charter,
    BusinessCase,
    RiskRegister,
    MonthlyStatusReport,
    ClosureReport,
}
