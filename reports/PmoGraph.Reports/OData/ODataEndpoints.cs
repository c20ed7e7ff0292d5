using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PmoGraph.Reports.Access;
using PmoGraph.Reports.Export;
using PmoGraph.Reports.Reading;
using PmoGraph.Reports.Views;

namespace PmoGraph.Reports.OData;

/// <summary>
/// The OData v4 feed at <c>/odata</c>: the service document, <c>$metadata</c>, and one entity set per view with
/// <c>$select</c>, <c>$filter</c>, <c>$orderby</c>, <c>$top</c>, <c>$skip</c>, <c>$count</c> and server-driven paging;
/// each as the caller's <see cref="ViewAccess"/> shows it.
/// </summary>
public static class ODataEndpoints
{
    private const string JsonContentType = "application/json; odata.metadata=minimal; odata.streaming=true; IEEE754Compatible=false; charset=utf-8";

    public static IEndpointRouteBuilder MapPmoOData(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/odata", ReportResponses.Guarded(WriteServiceDocumentAsync));
        endpoints.MapGet("/odata/$metadata", ReportResponses.Guarded(WriteMetadataAsync));
        endpoints.MapGet("/odata/{set}", ReportResponses.Guarded(context => WriteEntitySetAsync(context, SetOf(context))));
        endpoints.MapGet("/odata/{set}/$count", ReportResponses.Guarded(context => WriteCountAsync(context, SetOf(context))));
        return endpoints;
    }

    private static string SetOf(HttpContext context) => (string)context.Request.RouteValues["set"]!;

    private static Uri ServiceRoot(HttpRequest request) => new($"{request.Scheme}://{request.Host}{request.PathBase}/odata/");

    private static async Task WriteServiceDocumentAsync(HttpContext context)
    {
        if (await ReportResponses.AccessAsync(context) is not { } access)
        {
            return;
        }

        var root = ServiceRoot(context.Request);
        SetODataHeaders(context.Response, JsonContentType);
        await using var json = new Utf8JsonWriter(context.Response.Body);
        json.WriteStartObject();
        json.WriteString("@odata.context", $"{root}$metadata");
        json.WriteStartArray("value");
        foreach (var view in access.Views)
        {
            json.WriteStartObject();
            json.WriteString("name", view.Name);
            json.WriteString("kind", "EntitySet");
            json.WriteString("url", view.Name);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted);
    }

    private static async Task WriteMetadataAsync(HttpContext context)
    {
        if (await ReportResponses.AccessAsync(context) is not { } access)
        {
            return;
        }

        SetODataHeaders(context.Response, "application/xml; charset=utf-8");
        await context.Response.WriteAsync(ODataModel.CsdlFor(access), context.RequestAborted);
    }

    private static async Task WriteCountAsync(HttpContext context, string set)
    {
        var prepared = await PrepareAsync(context, set);
        if (prepared is not { } plan)
        {
            return;
        }

        var count = await context.RequestServices.GetRequiredService<ViewReader>().CountAsync(plan.Query, context.RequestAborted);
        SetODataHeaders(context.Response, "text/plain; charset=utf-8");
        await context.Response.WriteAsync(count.ToString(System.Globalization.CultureInfo.InvariantCulture), context.RequestAborted);
    }

    private static async Task WriteEntitySetAsync(HttpContext context, string set)
    {
        var prepared = await PrepareAsync(context, set);
        if (prepared is not { } plan)
        {
            return;
        }

        var reader = context.RequestServices.GetRequiredService<ViewReader>();
        var cancellationToken = context.RequestAborted;
        long? count = plan.IncludeCount ? await reader.CountAsync(plan.Query, cancellationToken) : null;
        var root = ServiceRoot(context.Request);
        var columns = plan.Query.Columns;

        var rows = await reader.StartAsync(plan.Query, cancellationToken);
        SetODataHeaders(context.Response, JsonContentType);
        var body = new StreamedBody(context.Response.BodyWriter);
        await using var json = new Utf8JsonWriter(body.Pipe);
        json.WriteStartObject();
        var projection = plan.IsProjected ? $"({string.Join(",", columns.Select(c => c.Name))})" : "";
        json.WriteString("@odata.context", $"{root}$metadata#{set}{projection}");
        if (count is { } total)
        {
            json.WriteNumber("@odata.count", total);
        }

        json.WriteStartArray("value");
        long sent = 0;
        ViewRow? lastRow = null;
        var hasMore = false;
        await foreach (var row in rows)
        {
            if (sent == plan.PageRows)
            {
                hasMore = true;
                break;
            }

            json.WriteStartObject();
            for (var i = 0; i < columns.Count; i++)
            {
                JsonValues.Write(json, columns[i].Name, row.Values[i]);
            }

            json.WriteEndObject();
            sent++;
            lastRow = row;
            var pending = json.BytesPending;
            json.Flush();
            await body.CommittedAsync(pending, cancellationToken);
        }

        json.WriteEndArray();
        if (hasMore && lastRow is { } last)
        {
            json.WriteString("@odata.nextLink", NextLink(root, set, plan, last));
        }

        json.WriteEndObject();
        json.Flush();
        await body.FlushAsync(cancellationToken);
    }

    /// <summary>Plans the request, or answers it with an OData error and returns null.</summary>
    private static async Task<ODataQueryPlan?> PrepareAsync(HttpContext context, string set)
    {
        if (await ReportResponses.AccessAsync(context) is not { } access)
        {
            return null;
        }

        try
        {
            var view = ViewCatalogue.Find(set)
                ?? throw new ODataFeedException(404, "NotFound", $"There is no entity set '{set}'. GET /odata lists them.");
            var options = context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
            var pageSize = Math.Max(1, context.RequestServices.GetRequiredService<IOptions<ODataFeedOptions>>().Value.PageSize);
            var dialect = await context.RequestServices.GetRequiredService<ViewReader>().DialectAsync(context.RequestAborted);
            return ODataQueryPlan.Create(view, access, dialect, ServiceRoot(context.Request), options, pageSize);
        }
        catch (ODataFeedException refusal)
        {
            await ReportResponses.WriteErrorAsync(context, refusal.StatusCode, refusal.Code, refusal.Message);
            return null;
        }
        catch (ViewAccessDeniedException refusal)
        {
            await ReportResponses.WriteErrorAsync(context, StatusCodes.Status403Forbidden, ViewAccessDeniedException.Code, refusal.Message);
            return null;
        }
    }

    private static string NextLink(Uri root, string set, ODataQueryPlan plan, ViewRow lastRow)
    {
        var options = new List<KeyValuePair<string, string>>(plan.CarriedOptions);
        if (plan.Top is { } top)
        {
            options.Add(new("$top", (top - plan.PageRows).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        options.Add(new("$skiptoken", plan.NextSkipToken(lastRow)));
        var query = new StringBuilder();
        foreach (var (name, value) in options)
        {
            query.Append(query.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
        }

        return $"{root}{set}{query}";
    }

    private static void SetODataHeaders(HttpResponse response, string contentType)
    {
        response.ContentType = contentType;
        response.Headers["OData-Version"] = "4.0";
    }
}
