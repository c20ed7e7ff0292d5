using System.Data.Common;

namespace PmoGraph.Reports;

/// <summary>Opens ADO.NET connections to the store for Dapper reads of the reporting views.</summary>
public interface IReportConnectionFactory
{
    Task<DbConnection> OpenAsync(CancellationToken cancellationToken);
}
