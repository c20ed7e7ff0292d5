using PmoGraph.Reports.Access;

namespace PmoGraph.Api.Reports;

internal static class ReportAccessExtensions
{
    /// <summary>The role decision of <c>/odata</c> and <c>/reports</c> (without it, they answer every caller 403).</summary>
    public static IServiceCollection AddPmoReportAccess(this IServiceCollection services) =>
        services.AddScoped<IViewAccessResolver, RoleViewAccessResolver>();
}
