using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PmoGraph.Reports.Access;
using PmoGraph.Reports.Reading;
using PmoGraph.Reports.Views;

namespace PmoGraph.Reports.Export;

/// <summary>
/// <c>GET /reports</c> (the view catalogue) and <c>GET /reports/{view}.csv|json</c> (every row, streamed), each as the
/// caller's <see cref="ViewAccess"/> shows it: the views, columns and rows they may read, and no others.
/// </summary>
public static class ReportEndpoints
{
    public static IEndpointRouteBuilder MapPmoReports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/reports", ReportResponses.Guarded(WriteCatalogueAsync));
        endpoints.MapGet("/reports/{view}.{format}", ReportResponses.Guarded(context => ExportAsync(
            context, (string)context.Request.RouteValues["view"]!, (string)context.Request.RouteValues["format"]!)));
        return endpoints;
    }

    private static async Task WriteCatalogueAsync(HttpContext context)
    {
        if (await ReportResponses.AccessAsync(context) is not { } access)
        {
            return;
        }

        var root = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(context.Response.Body, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteStartArray("views");
        foreach (var view in access.Views)
        {
            json.WriteStartObject();
            json.WriteString("name", view.Name);
            json.WriteString("kind", view.Kind);
            json.WriteString("grain", view.Grain);
            json.WriteString("description", view.Description);
            json.WriteString("key", view.Key);
            json.WriteString("scope", view.Scope);
            json.WriteString("csv", $"{root}/reports/{view.Name}.csv");
            json.WriteString("json", $"{root}/reports/{view.Name}.json");
            json.WriteString("odata", $"{root}/odata/{view.Name}");
            json.WriteStartArray("columns");
            foreach (var column in view.Columns)
            {
                json.WriteStartObject();
                json.WriteString("name", column.Name);
                json.WriteString("type", ViewCatalogue.TypeName(column.Type));
                json.WriteString("sensitivity", ViewCatalogue.SensitivityName(column.Sensitivity));
                json.WriteString("description", column.Description);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted);
    }

    private static async Task ExportAsync(HttpContext context, string view, string format)
    {
        if (await ReportResponses.AccessAsync(context) is not { } access)
        {
            return;
        }

        if (ViewCatalogue.Find(view) is not { } definition)
        {
            await NotFoundAsync(context, "VIEW_NOT_FOUND", $"There is no view '{view}'. GET /reports lists the views.");
            return;
        }

        if (format is not ("csv" or "json"))
        {
            await NotFoundAsync(context, "FORMAT_NOT_FOUND", $"Views are exported as .csv or .json, not .{format}.");
            return;
        }

        ViewQuery query;
        try
        {
            query = new ViewQuery(definition, access);
        }
        catch (ViewAccessDeniedException refusal)
        {
            await ReportResponses.WriteErrorAsync(context, StatusCodes.Status403Forbidden, ViewAccessDeniedException.Code, refusal.Message);
            return;
        }

        definition = query.View;
        var reader = context.RequestServices.GetRequiredService<ViewReader>();
        var rows = await reader.StartAsync(query, context.RequestAborted);
        var body = new StreamedBody(context.Response.BodyWriter);
        if (format == "csv")
        {
            context.Response.ContentType = "text/csv; charset=utf-8; header=present";
            context.Response.Headers.ContentDisposition = $"attachment; filename=\"{definition.Name}.csv\"";
            await WriteCsvAsync(definition, rows, body, context.RequestAborted);
        }
        else
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await WriteJsonAsync(definition, rows, body, context.RequestAborted);
        }
    }

    private static async Task WriteCsvAsync(ViewDefinition view, IAsyncEnumerable<ViewRow> rows, StreamedBody body, CancellationToken cancellationToken)
    {
        var line = new StringBuilder();
        line.AppendJoin(',', view.Columns.Select(c => c.Name)).Append(CsvFormat.RecordEnd);
        await body.WriteAsync(line, cancellationToken);
        await foreach (var row in rows)
        {
            for (var i = 0; i < row.Values.Length; i++)
            {
                if (i > 0)
                {
                    line.Append(',');
                }

                CsvFormat.AppendField(line, row.Values[i]);
            }

            line.Append(CsvFormat.RecordEnd);
            await body.WriteAsync(line, cancellationToken);
        }

        await body.FlushAsync(cancellationToken);
    }

    private static async Task WriteJsonAsync(ViewDefinition view, IAsyncEnumerable<ViewRow> rows, StreamedBody body, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(body.Pipe);
        json.WriteStartArray();
        await foreach (var row in rows)
        {
            json.WriteStartObject();
            for (var i = 0; i < row.Values.Length; i++)
            {
                JsonValues.Write(json, view.Columns[i].Name, row.Values[i]);
            }

            json.WriteEndObject();
            var pending = json.BytesPending;
            json.Flush();
            await body.CommittedAsync(pending, cancellationToken);
        }

        json.WriteEndArray();
        json.Flush();
        await body.FlushAsync(cancellationToken);
    }

    private static Task NotFoundAsync(HttpContext context, string code, string message) =>
        ReportResponses.WriteErrorAsync(context, StatusCodes.Status404NotFound, code, message);
}
