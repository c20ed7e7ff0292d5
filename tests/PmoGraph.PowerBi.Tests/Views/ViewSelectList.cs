using System.Text;
using System.Text.RegularExpressions;

namespace PmoGraph.PowerBi.Tests.Views;

/// <summary>
/// The column names a view's SQL actually selects: the aliases of the first top-level <c>SELECT</c> after
/// <c>CREATE VIEW name AS</c> (common table expressions sit inside parentheses, so they are skipped; rows added with
/// <c>UNION ALL</c> take the first select's names). Enough SQL reading to check the header against the body.
/// </summary>
public static partial class ViewSelectList
{
    public static IReadOnlyList<string> Aliases(string sql)
    {
        var code = WithoutCommentsAndStrings(sql);
        var view = CreateView().Match(code);
        if (!view.Success)
            throw new FormatException("no CREATE VIEW <name> AS");
        var body = code[(view.Index + view.Length)..];

        var start = FindTopLevel(body, 0, "SELECT") ?? throw new FormatException("no top-level SELECT");
        start += "SELECT".Length;
        var end = FindTopLevel(body, start, "FROM") ?? body.Length;

        var items = SplitTopLevel(body[start..end]);
        return items.Select(item =>
        {
            var alias = Alias().Match(item.Trim());
            return alias.Success ? alias.Groups["name"].Value : throw new FormatException($"select item without AS alias: {item.Trim()}");
        }).ToList();
    }

    private static int? FindTopLevel(string text, int from, string keyword)
    {
        var depth = 0;
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '(')
                depth++;
            else if (c == ')')
                depth--;
            else if (depth == 0 && IsKeywordAt(text, i, keyword))
                return i;
        }

        return null;
    }

    private static bool IsKeywordAt(string text, int i, string keyword) =>
        string.Compare(text, i, keyword, 0, keyword.Length, StringComparison.OrdinalIgnoreCase) == 0 &&
        (i == 0 || !IsWordChar(text[i - 1])) &&
        (i + keyword.Length == text.Length || !IsWordChar(text[i + keyword.Length]));

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static List<string> SplitTopLevel(string list)
    {
        var items = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < list.Length; i++)
        {
            if (list[i] == '(')
                depth++;
            else if (list[i] == ')')
                depth--;
            else if (depth == 0 && list[i] == ',')
            {
                items.Add(list[start..i]);
                start = i + 1;
            }
        }

        items.Add(list[start..]);
        return items;
    }

    /// <summary>Drops <c>--</c> comments and empties string literals, keeping everything else in place.</summary>
    private static string WithoutCommentsAndStrings(string sql)
    {
        var result = new StringBuilder(sql.Length);
        for (var i = 0; i < sql.Length; i++)
        {
            if (sql[i] == '-' && i + 1 < sql.Length && sql[i + 1] == '-')
            {
                while (i < sql.Length && sql[i] != '\n')
                    i++;
                result.Append('\n');
            }
            else if (sql[i] == '\'')
            {
                i++;
                while (i < sql.Length && !(sql[i] == '\'' && (i + 1 >= sql.Length || sql[i + 1] != '\'')))
                    i += sql[i] == '\'' ? 2 : 1;
                result.Append("''");
            }
            else
            {
                result.Append(sql[i]);
            }
        }

        return result.ToString();
    }

    [GeneratedRegex(@"CREATE\s+VIEW\s+[A-Za-z0-9_""]+\s+AS\s", RegexOptions.IgnoreCase)]
    private static partial Regex CreateView();

    [GeneratedRegex(@"\bAS\s+""?(?<name>[A-Za-z0-9_]+)""?$", RegexOptions.IgnoreCase)]
    private static partial Regex Alias();
}
