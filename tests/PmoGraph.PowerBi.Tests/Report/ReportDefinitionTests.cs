using System.Text.Json;
using System.Text.Json.Nodes;
using PmoGraph.PowerBi.Tests.Infrastructure;
using PmoGraph.PowerBi.Tests.SemanticModel;

namespace PmoGraph.PowerBi.Tests.Report;

public sealed class ReportDefinitionTests
{
    private static string Pages => Path.Combine(RepositoryPaths.ReportDefinition, "pages");

    [Fact]
    public void Pages_InOrder_AreThePmoPages()
    {
        var metadata = Read(Path.Combine(Pages, "pages.json"));
        var order = metadata["pageOrder"]!.AsArray().Select(p => p!.GetValue<string>()).ToList();

        var displayNames = order.Select(name => Read(Path.Combine(Pages, name, "page.json"))["displayName"]!.GetValue<string>());

        Assert.Equal(
            ["Portfolio overview", "Strategic alignment", "Earned value", "Financials", "Risks and issues", "Resources", "KPIs", "Compliance"],
            displayNames);
        Assert.Equal(order.Order(StringComparer.Ordinal), Directory.EnumerateDirectories(Pages).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Pages_AndVisuals_AreNamedAfterTheirFolders()
    {
        var problems = new List<string>();
        foreach (var page in Directory.EnumerateDirectories(Pages))
        {
            if (Read(Path.Combine(page, "page.json"))["name"]!.GetValue<string>() != Path.GetFileName(page))
                problems.Add(page);
            foreach (var visual in Directory.EnumerateDirectories(Path.Combine(page, "visuals")))
            {
                if (Read(Path.Combine(visual, "visual.json"))["name"]!.GetValue<string>() != Path.GetFileName(visual))
                    problems.Add(visual);
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Visuals_Every_HasFieldsAndFitsOnItsPage()
    {
        var problems = new List<string>();
        foreach (var (page, visual, json) in Visuals())
        {
            var position = json["position"]!;
            var right = position["x"]!.GetValue<double>() + position["width"]!.GetValue<double>();
            var bottom = position["y"]!.GetValue<double>() + position["height"]!.GetValue<double>();
            var size = Read(Path.Combine(Pages, page, "page.json"));
            if (right > size["width"]!.GetValue<double>() || bottom > size["height"]!.GetValue<double>())
                problems.Add($"{page}/{visual} overflows the page");
            if (!Fields(json).Any())
                problems.Add($"{page}/{visual} shows no field");
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Visuals_Fields_AreColumnsAndMeasuresOfTheModel()
    {
        var model = ModelDefinition.Current;
        var problems = new List<string>();
        var used = 0;
        foreach (var (page, visual, json) in Visuals())
        {
            foreach (var (kind, entity, property) in Fields(json))
            {
                used++;
                var exists = model.Tables.TryGetValue(entity, out var table) &&
                    table.ChildrenOf(kind == "Measure" ? "measure" : "column").Any(c => c.Name == property);
                if (!exists)
                    problems.Add($"{page}/{visual}: {kind} {entity}[{property}] is not in the model");
            }
        }

        Assert.Empty(problems);
        Assert.True(used > 50);
    }

    [Fact]
    public void Report_DatasetReference_IsTheSemanticModelBesideIt()
    {
        var pbir = Read(Path.Combine(RepositoryPaths.PowerBi, "PmoGraph.Report", "definition.pbir"));
        var path = pbir["datasetReference"]!["byPath"]!["path"]!.GetValue<string>();

        Assert.Equal("../PmoGraph.SemanticModel", path);
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.PowerBi, "PmoGraph.Report", path, "definition.pbism")));
    }

    private static IEnumerable<(string Page, string Visual, JsonNode Json)> Visuals() =>
        Directory.EnumerateDirectories(Pages).SelectMany(page =>
            Directory.EnumerateDirectories(Path.Combine(page, "visuals")).Select(visual =>
                (Path.GetFileName(page), Path.GetFileName(visual), Read(Path.Combine(visual, "visual.json")))));

    /// <summary>Every <c>{ "Column" | "Measure": { "Expression": { "SourceRef": { "Entity" } }, "Property" } }</c> in a visual.</summary>
    private static IEnumerable<(string Kind, string Entity, string Property)> Fields(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (key is "Column" or "Measure" && value?["Expression"]?["SourceRef"]?["Entity"] is JsonValue entity)
                        yield return (key, entity.GetValue<string>(), value["Property"]!.GetValue<string>());
                    foreach (var inner in Fields(value))
                        yield return inner;
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    foreach (var inner in Fields(item))
                        yield return inner;
                }

                break;
        }
    }

    private static JsonNode Read(string path) =>
        JsonNode.Parse(File.ReadAllText(path), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Disallow })!;
}
