using Microsoft.AspNetCore.Routing;
using PmoGraph.Reports.Export;
using PmoGraph.Reports.OData;

namespace PmoGraph.Reports;

public static class EndpointRouteBuilderExtensions
{
    /// <summary>Maps the analysts' endpoints: <c>/reports</c> (catalogue, CSV, JSON) and the OData feed at <c>/odata</c>.</summary>
    public static IEndpointRouteBuilder MapPmoAnalytics(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPmoReports().MapPmoOData();
}
