using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PmoGraph.Reports.Views;

/// <summary>
/// Turns the view SQL files into statements for one dialect. The files are portable SQL plus a few
/// <c>{{macro(args)}}</c> where SQLite and PostgreSQL differ (listed in <c>Views/README.md</c>); every migrations
/// project applies the views by running <see cref="DropStatements"/> then <see cref="CreateStatements"/>.
/// </summary>
public static partial class ViewScripts
{
    /// <summary>The first month of the fiscal year (July); a fiscal year is named after the calendar year it ends in.</summary>
    public const int FiscalYearStartMonth = 7;

    /// <summary><c>CREATE VIEW</c> statements for every view, dimensions first, expanded for <paramref name="dialect"/>.</summary>
    public static IReadOnlyList<string> CreateStatements(SqlDialect dialect) =>
        [.. ViewCatalogue.Views.Select(view => Expand(view.Template, dialect))];

    /// <summary><c>DROP VIEW IF EXISTS</c> for every view, facts first (the views do not refer to one another).</summary>
    public static IReadOnlyList<string> DropStatements() =>
        [.. ViewCatalogue.Views.Reverse().Select(view => $"DROP VIEW IF EXISTS {view.Name};")];

    /// <summary>Expands the macros of a view template, innermost first so that they nest.</summary>
    public static string Expand(string template, SqlDialect dialect)
    {
        var sql = template;
        while (MacroPattern().Match(sql) is { Success: true })
        {
            sql = MacroPattern().Replace(sql, match => ExpandOne(match, dialect));
        }

        return sql;
    }

    private static string ExpandOne(Match match, SqlDialect dialect)
    {
        var name = match.Groups["name"].Value;
        var args = match.Groups["args"].Success ? SplitArguments(match.Groups["args"].Value) : [];
        var sqlite = dialect == SqlDialect.Sqlite;
        return (name, args.Count) switch
        {
            ("fiscal_start_month", 0) => FiscalYearStartMonth.ToString(CultureInfo.InvariantCulture),
            ("date_key", 1) => sqlite
                ? $"CAST(strftime('%Y%m%d', {args[0]}) AS INTEGER)"
                : $"CAST(to_char({args[0]}, 'YYYYMMDD') AS INTEGER)",
            ("year", 1) => sqlite ? $"CAST(strftime('%Y', {args[0]}) AS INTEGER)" : $"CAST(EXTRACT(YEAR FROM {args[0]}) AS INTEGER)",
            ("month", 1) => sqlite ? $"CAST(strftime('%m', {args[0]}) AS INTEGER)" : $"CAST(EXTRACT(MONTH FROM {args[0]}) AS INTEGER)",
            ("day", 1) => sqlite ? $"CAST(strftime('%d', {args[0]}) AS INTEGER)" : $"CAST(EXTRACT(DAY FROM {args[0]}) AS INTEGER)",
            ("day_of_year", 1) => sqlite ? $"CAST(strftime('%j', {args[0]}) AS INTEGER)" : $"CAST(EXTRACT(DOY FROM {args[0]}) AS INTEGER)",
            ("iso_day_of_week", 1) => sqlite
                ? $"((CAST(strftime('%w', {args[0]}) AS INTEGER) + 6) % 7 + 1)"
                : $"CAST(EXTRACT(ISODOW FROM {args[0]}) AS INTEGER)",
            ("add_days", 2) => sqlite ? $"date({args[0]}, ({args[1]}) || ' days')" : $"CAST({args[0]} + ({args[1]}) AS date)",
            ("days_between", 2) => sqlite
                ? $"CAST(julianday({args[1]}) - julianday({args[0]}) AS INTEGER)"
                : $"({args[1]} - {args[0]})",
            ("make_date", 3) => sqlite
                ? $"printf('%04d-%02d-%02d', {args[0]}, {args[1]}, {args[2]})"
                : $"make_date({args[0]}, {args[1]}, {args[2]})",
            ("to_date", 1) => sqlite ? $"date({args[0]})" : $"CAST({args[0]} AS date)",
            ("num", 1) => sqlite ? $"CAST({args[0]} AS REAL)" : $"CAST({args[0]} AS NUMERIC(18,4))",
            _ => throw new InvalidOperationException($"Unknown view macro '{match.Value}' (name and argument count)."),
        };
    }

    /// <summary>Splits macro arguments on the commas that are outside parentheses and quotes.</summary>
    private static List<string> SplitArguments(string args)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        var depth = 0;
        char? quote = null;
        foreach (var c in args)
        {
            if (quote is not null)
            {
                quote = c == quote ? null : quote;
            }
            else if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                depth--;
            }
            else if (c == ',' && depth == 0)
            {
                parts.Add(current.ToString().Trim());
                current.Clear();
                continue;
            }

            current.Append(c);
        }

        parts.Add(current.ToString().Trim());
        return parts;
    }

    [GeneratedRegex(@"\{\{(?<name>[a-z_]+)(\((?<args>[^{}]*)\))?\}\}")]
    private static partial Regex MacroPattern();
}
