using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace PmoGraph.Reports.Views;

/// <summary>
/// The <c>bi_*</c> views, read from the SQL files embedded in this assembly: their header comments declare the
/// kind, grain, key, the column that scopes a row to a portfolio, and every column with its type, sensitivity and
/// description, so the catalogue, the CSV/JSON export and the OData <c>$metadata</c> all describe the same thing the
/// SQL creates, and <see cref="Access.ViewAccess"/> knows what each caller may read of it. A column without a
/// sensitivity, or a scope that reaches no portfolio, stops the catalogue from loading: nothing is readable by default.
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
        List<ViewDefinition> views = [.. assembly.GetManifestResourceNames()
            .Where(name => name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => Parse(ReadResource(assembly, name)))
            .OrderBy(view => view.Kind == "dimension" ? 0 : 1)
            .ThenBy(view => view.Name, StringComparer.Ordinal)];
        foreach (var view in views)
        {
            if (view.Scope is { } scope and not ViewDefinition.SharedScope and not ViewDefinition.PortfolioKey && ScopeDimension(views, scope) is null)
            {
                throw new InvalidOperationException(
                    $"View {view.Name}: its scope '{scope}' is neither {ViewDefinition.PortfolioKey} nor the key of a dimension scoped by {ViewDefinition.PortfolioKey}.");
            }
        }

        return views;
    }

    /// <summary>The dimension keyed by <paramref name="scope"/> that carries the portfolio of each of its rows.</summary>
    public static ViewDefinition? ScopeDimension(string scope) => ScopeDimension(Views, scope);

    private static ViewDefinition? ScopeDimension(IEnumerable<ViewDefinition> views, string scope) =>
        views.FirstOrDefault(v => v.Kind == "dimension" && v.Key == scope && v.Scope == ViewDefinition.PortfolioKey);

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
                    Describe(column.Groups["description"].Value),
                    ParseSensitivity(column.Groups["sensitivity"].Value, column.Groups["name"].Value)));
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
            sql,
            headers.GetValueOrDefault("scope"),
            headers.TryGetValue("sensitive", out var sensitive) ? ParseSensitivity(sensitive, "-- sensitive:") : Sensitivity.Open);
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

        // The viewer reads open columns only: the columns every read selects, and the scope, must stay readable.
        foreach (var name in view.Seek.Prepend(view.Key))
        {
            if (view.FindColumn(name) is not { Sensitivity: Sensitivity.Open })
            {
                throw new InvalidOperationException($"View {view.Name}: its key and seek column '{name}' must be open.");
            }
        }

        if (view.Scope is { } scope and not ViewDefinition.SharedScope && view.FindColumn(scope) is not { Type: ViewColumnType.Whole, Sensitivity: Sensitivity.Open })
        {
            throw new InvalidOperationException($"View {view.Name}: its scope '{scope}' must be a declared open int column (or '{ViewDefinition.SharedScope}').");
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

    private static Sensitivity ParseSensitivity(string sensitivity, string what) => sensitivity switch
    {
        "open" => Sensitivity.Open,
        "money" => Sensitivity.Money,
        "people" => Sensitivity.People,
        _ => throw new InvalidOperationException($"'{what}' declares no sensitivity (open, money or people) but '{sensitivity}'."),
    };

    /// <summary>The sensitivity's name in the SQL files and the catalogue.</summary>
    public static string SensitivityName(Sensitivity sensitivity) => sensitivity switch
    {
        Sensitivity.Money => "money",
        Sensitivity.People => "people",
        _ => "open",
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

    [GeneratedRegex(@"^--\s*column\s+(?<name>[a-z0-9_]+)\s+(?<type>[a-z]+)(\s+(?<sensitivity>[a-z]+))?\s*:\s*(?<description>.*)$")]
    private static partial Regex ColumnLine();

    [GeneratedRegex(@"^--\s*(?<name>[a-z]+)\s*:\s*(?<value>.*)$")]
    private static partial Regex HeaderLine();
}
