namespace PmoGraph.Api.Demo;

/// <summary>How <see cref="DemoPortfolioSeeder"/> writes the projects' rows; both write exactly the same rows.</summary>
public enum DemoWritePath
{
    /// <summary>
    /// Multi-row inserts on SQLite, binary COPY on PostgreSQL (<see cref="DemoBulkWriter"/>), the closed months' rows
    /// included (<see cref="DemoBulkClose"/>): minutes for 10,000 projects.
    /// </summary>
    Bulk,

    /// <summary>
    /// <c>AddRange</c> and <c>SaveChanges</c> per batch of projects, and each month closed through the mutation runner:
    /// the reference the bulk path is checked against.
    /// </summary>
    ChangeTracker,
}
