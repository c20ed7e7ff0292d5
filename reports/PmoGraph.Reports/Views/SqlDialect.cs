namespace PmoGraph.Reports.Views;

/// <summary>The SQL dialects the <c>bi_*</c> views are written for.</summary>
public enum SqlDialect
{
    Sqlite,
    Postgres,
}
