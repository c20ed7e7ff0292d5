namespace PmoGraph.Schema.Kpis;

public enum KpiScope
{
    Organisation,
    Portfolio,
    Program,
    Department,
    Project,
}
