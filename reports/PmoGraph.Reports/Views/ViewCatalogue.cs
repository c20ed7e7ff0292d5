using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace PmoGraph.Reports.Views;

/// <summary>
/// The <c>bi_*</c> views, read from the SQL files embedded in this assembly: their header comments declare the
/// kind, grain, key and every column with its type and description, so the catalogue, the CSV/JSON export and the
/// OData <c>$metadata</c> all describe the same thing the SQL creates.
/// </summary>
public static partial class ViewCatalogue
{
    private static readonly Lazy<IReadOnlyList<ViewDefinition>> LoadedViews = new(Load);

    /// <summary>Every view, dimensions first, then facts, each group by name.</summary>
    public static IReadOnlyList<ViewDefinition> Views => LoadedViews.Value;

    public static ViewDefinition? Find(string name) => Views.FirstOrDefault(v => string.Equals(v.Name, name, StringComparison.Ordinal));

    private static List<ViewDefinition> Load()
    {
        var assembly = typeof(ViewCatalogue).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(name => name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => Parse(ReadResource(assembly, name)))
            .OrderBy(view => view.Kind == "dimension" ? 0 : 1)
            .ThenBy(view => view.Name, StringComparer.Ordinal)];
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    internal static ViewDefinition Parse(string sql)
    {
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        var columns = new List<ViewColumn>();
        foreach (var line in sql.Split('\n').TakeWhile(l => l.StartsWith("--", StringComparison.Ordinal)))
        {
            if (ColumnLine().Match(line) is { Success: true } column)
            {
                columns.Add(new ViewColumn(
                    column.Groups["name"].Value,
                    ParseType(column.Groups["type"].Value),
                    Describe(column.Groups["description"].Value)));
            }
            else if (HeaderLine().Match(line) is { Success: true } header)
            {
                headers[header.Groups["name"].Value] = Describe(header.Groups["value"].Value);
            }
        }

        var view = new ViewDefinition(
            Required(headers, "view"),
            Required(headers, "kind"),
            headers.GetValueOrDefault("grain"),
            Required(headers, "description"),
            Required(headers, "key"),
            SeekColumns(headers),
            columns,
            sql);
        if (view.FindColumn(view.Key) is not { Type: ViewColumnType.Whole })
        {
            throw new InvalidOperationException($"View {view.Name}: its key '{view.Key}' must be a declared int column.");
        }

        foreach (var seek in view.Seek)
        {
            // A decimal is REAL in SQLite: equality on it, which the seek condition needs, is not to be trusted.
            if (view.FindColumn(seek) is not { Type: not ViewColumnType.Amount })
            {
                throw new InvalidOperationException($"View {view.Name}: its seek column '{seek}' must be a declared int, date or string column.");
            }
        }

        if (view.Seek.Distinct(StringComparer.Ordinal).Count() != view.Seek.Count)
        {
            throw new InvalidOperationException($"View {view.Name}: its seek line names a column twice.");
        }

        return view;
    }

    /// <summary>The <c>-- seek:</c> columns, comma-separated; the key when the line is absent.</summary>
    private static string[] SeekColumns(Dictionary<string, string> headers) =>
        headers.TryGetValue("seek", out var seek)
            ? seek.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : [Required(headers, "key")];

    private static ViewColumnType ParseType(string type) => type switch
    {
        "int" => ViewColumnType.Whole,
        "decimal" => ViewColumnType.Amount,
        "string" => ViewColumnType.Text,
        "date" => ViewColumnType.Date,
        _ => throw new InvalidOperationException($"Unknown view column type '{type}' (int, decimal, string or date)."),
    };

    /// <summary>The type's name in the SQL files and the catalogue.</summary>
    public static string TypeName(ViewColumnType type) => type switch
    {
        ViewColumnType.Whole => "int",
        ViewColumnType.Amount => "decimal",
        ViewColumnType.Text => "string",
        _ => "date",
    };

    private static string Required(Dictionary<string, string> headers, string name) =>
        headers.TryGetValue(name, out var value) ? value : throw new InvalidOperationException($"A view SQL file lacks its '-- {name}:' line.");

    private static string Describe(string text) =>
        text.Trim().Replace("{{fiscal_start_month}}", ViewScripts.FiscalYearStartMonth.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    [GeneratedRegex(@"^--\s*column\s+(?<name>[a-z0-9_]+)\s+(?<type>[a-z]+)\s*:\s*(?<description>.*)$")]
    private static partial Regex ColumnLine();

    [GeneratedRegex(@"^--\s*(?<name>[a-z]+)\s*:\s*(?<value>.*)$")]
    private static partial Regex HeaderLine();
}
