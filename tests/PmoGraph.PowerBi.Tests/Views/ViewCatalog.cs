using System.Text.RegularExpressions;
using PmoGraph.PowerBi.Tests.Infrastructure;

namespace PmoGraph.PowerBi.Tests.Views;

/// <summary>
/// Reads the views' SQL files (<c>reports/PmoGraph.Reports/Views/bi_*.sql</c>, one per view). Their header lines are the
/// contract: <c>-- view:</c>, <c>-- kind:</c>, <c>-- key:</c>, <c>-- description:</c>, <c>-- grain:</c> and one
/// <c>-- column name type: description</c> per column, in select-list order.
/// </summary>
public static partial class ViewCatalog
{
    public static string Folder => Path.Combine(RepositoryPaths.Root, "reports", "PmoGraph.Reports", "Views");

    public static IReadOnlyDictionary<string, ViewDefinition> Load()
    {
        if (!Directory.Exists(Folder) || !Directory.EnumerateFiles(Folder, "bi_*.sql").Any())
            throw new InvalidOperationException(
                $"No view SQL files in {Folder}: the Power BI model is checked against the bi_ views, which come with " +
                "the reporting views' branch (issue #6). Merge both branches before running these tests.");
        return Directory.EnumerateFiles(Folder, "bi_*.sql")
            .Select(Parse)
            .ToDictionary(v => v.Name, StringComparer.Ordinal);
    }

    public static ViewDefinition Parse(string path)
    {
        var fileView = Path.GetFileNameWithoutExtension(path);
        string? name = null, kind = null, key = null, description = null, grain = null;
        var columns = new List<ViewColumn>();
        foreach (var line in File.ReadLines(path))
        {
            if (!line.StartsWith("--", StringComparison.Ordinal))
            {
                if (line.Trim().Length == 0)
                    continue;
                break;
            }

            var column = ColumnLine().Match(line);
            if (column.Success)
            {
                columns.Add(new ViewColumn(column.Groups["name"].Value, column.Groups["type"].Value, column.Groups["text"].Value.Trim()));
                continue;
            }

            var header = HeaderLine().Match(line);
            if (!header.Success)
                continue;
            var value = header.Groups["value"].Value.Trim();
            switch (header.Groups["tag"].Value)
            {
                case "view": name = value; break;
                case "kind": kind = value; break;
                case "key": key = value; break;
                case "description": description = value; break;
                case "grain": grain = value; break;
            }
        }

        if (name != fileView || kind is null || key is null || description is null || columns.Count == 0)
            throw new FormatException($"{path}: the header needs '-- view: {fileView}', kind, key, description and column lines.");
        return new ViewDefinition(name, kind, key, description, grain, columns);
    }

    [GeneratedRegex(@"^--\s*column\s+(?<name>[a-z0-9_]+)\s+(?<type>[a-z]+)(\s+(?<sensitivity>[a-z]+))?\s*:(?<text>.*)$")]
    private static partial Regex ColumnLine();

    [GeneratedRegex(@"^--\s*(?<tag>view|kind|key|description|grain)\s*:(?<value>.*)$")]
    private static partial Regex HeaderLine();
}
