using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace PmoGraph.PowerBi.Tests.Infrastructure;

/// <summary>
/// Microsoft's published Power BI schemas, each registered under the URL its path gives (some files' <c>$id</c>
/// differ from their names, e.g. <c>schema-embedded.json</c> declares <c>schema.embedded.json</c>), so a file's
/// <c>$schema</c> and every relative <c>$ref</c> resolve to the local copy and nothing is downloaded.
/// </summary>
public sealed class PowerBiSchemas
{
    public const string UrlPrefix = "https://developer.microsoft.com/json-schemas/";

    private readonly Dictionary<string, JsonSchema> _byUrl = new(StringComparer.Ordinal);

    public PowerBiSchemas(string schemasFolder)
    {
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        var fabric = Path.Combine(schemasFolder, "fabric");
        foreach (var file in Directory.EnumerateFiles(fabric, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var url = UrlPrefix + Path.GetRelativePath(schemasFolder, file).Replace('\\', '/');
            var node = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
            node["$id"] = url;
            using var document = JsonDocument.Parse(node.ToJsonString());
            _byUrl[url] = JsonSchema.Build(document.RootElement.Clone(), options, new Uri(url));
        }
    }

    public int Count => _byUrl.Count;

    /// <summary>Validates a document against the schema its <c>$schema</c> names; returns the errors (none when valid).</summary>
    public IReadOnlyList<string> Validate(string json, string source)
    {
        using var document = JsonDocument.Parse(json);
        if (!document.RootElement.TryGetProperty("$schema", out var schemaProperty) ||
            schemaProperty.ValueKind != JsonValueKind.String)
            return [$"{source}: no $schema property"];
        var url = schemaProperty.GetString()!;
        if (!_byUrl.TryGetValue(url, out var schema))
            return [$"{source}: $schema {url} is not among the local schemas"];

        var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
            return [];
        return (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{source} at '{d.InstanceLocation}' ({d.EvaluationPath}): {e.Value}"))
            .DefaultIfEmpty($"{source}: invalid against {url}")
            .ToList();
    }
}
