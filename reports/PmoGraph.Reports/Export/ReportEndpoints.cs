using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PmoGraph.Reports.Reading;
using PmoGraph.Reports.Views;

namespace PmoGraph.Reports.Export;

/// <summary><c>GET /reports</c> (the view catalogue) and <c>GET /reports/{view}.csv|json</c> (every row, streamed).</summary>
public static class ReportEndpoints
{
    public static IEndpointRouteBuilder MapPmoReports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/reports", WriteCatalogueAsync);
        endpoints.MapGet("/reports/{view}.{format}", ExportAsync);
        return endpoints;
    }

    private static async Task WriteCatalogueAsync(HttpContext context)
    {
        var root = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(context.Response.Body, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteStartArray("views");
        foreach (var view in ViewCatalogue.Views)
        {
            json.WriteStartObject();
            json.WriteString("name", view.Name);
            json.WriteString("kind", view.Kind);
            json.WriteString("grain", view.Grain);
            json.WriteString("description", view.Description);
            json.WriteString("key", view.Key);
            json.WriteString("csv", $"{root}/reports/{view.Name}.csv");
            json.WriteString("json", $"{root}/reports/{view.Name}.json");
            json.WriteString("odata", $"{root}/odata/{view.Name}");
            json.WriteStartArray("columns");
            foreach (var column in view.Columns)
            {
                json.WriteStartObject();
                json.WriteString("name", column.Name);
                json.WriteString("type", ViewCatalogue.TypeName(column.Type));
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

    private static async Task<IResult> ExportAsync(HttpContext context, string view, string format)
    {
        if (ViewCatalogue.Find(view) is not { } definition)
        {
            return NotFound("VIEW_NOT_FOUND", $"There is no view '{view}'. GET /reports lists the views.");
        }

        if (format is not ("csv" or "json"))
        {
            return NotFound("FORMAT_NOT_FOUND", $"Views are exported as .csv or .json, not .{format}.");
        }

        var reader = context.RequestServices.GetRequiredService<ViewReader>();
        var rows = reader.ReadAsync(new ViewQuery(definition), context.RequestAborted);
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

        return Results.Empty;
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

    private static IResult NotFound(string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: StatusCodes.Status404NotFound);
}
