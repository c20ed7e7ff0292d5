using System.Text;

namespace PmoGraph.PowerBi.Tests.Tmdl;

/// <summary>
/// A small, strict reader of the TMDL subset the project uses: tab indentation, objects (<c>table 'A b' = expr</c>),
/// <c>name: value</c> properties, <c>name = expression</c> properties, flag properties (<c>isKey</c>), multi-line
/// expressions indented below their owner, and <c>///</c> descriptions. No TMDL parser is served, so the tests bring one.
/// </summary>
public static class TmdlParser
{
    public const string FlagValue = "\u0001flag";

    private static readonly HashSet<string> ObjectKeywords =
    [
        "database", "model", "table", "column", "measure", "partition", "relationship", "expression", "annotation",
        "extendedProperty", "ref", "hierarchy", "level", "calculationGroup", "calculationItem", "role",
        "tablePermission", "perspective", "cultureInfo", "linguisticMetadata", "dataAccessOptions", "refreshPolicy",
        "variation", "queryGroup", "dataSource",
    ];

    public static IReadOnlyList<TmdlNode> ParseFile(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            throw new FormatException($"{path}: TMDL files are written without a byte order mark.");
        return Parse(Encoding.UTF8.GetString(bytes), path);
    }

    public static IReadOnlyList<TmdlNode> Parse(string text, string source = "tmdl")
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var roots = new List<TmdlNode>();
        var stack = new List<(int Depth, TmdlNode Node)>();
        string? pendingDescription = null;
        var i = 0;
        while (i < lines.Length)
        {
            var raw = lines[i];
            if (raw.Trim().Length == 0)
            {
                i++;
                continue;
            }

            var depth = Indentation(raw, source, i + 1);
            var content = raw[depth..].TrimEnd();
            while (stack.Count > 0 && stack[^1].Depth >= depth)
                stack.RemoveAt(stack.Count - 1);
            var owner = stack.Count > 0 ? stack[^1] : default;
            if (stack.Count > 0 && depth > owner.Depth + 1)
                throw new FormatException($"{source}:{i + 1}: indented more than one level below its owner.");
            if (stack.Count == 0 && depth > 0)
                throw new FormatException($"{source}:{i + 1}: indented line without an owner.");

            if (content.StartsWith("///", StringComparison.Ordinal))
            {
                var text1 = content[3..].Trim();
                pendingDescription = pendingDescription is null ? text1 : pendingDescription + "\n" + text1;
                i++;
                continue;
            }

            var firstToken = FirstToken(content);
            var colon = content.IndexOf(':', StringComparison.Ordinal);
            var equals = content.IndexOf('=', StringComparison.Ordinal);
            if (colon > 0 && content[..colon].Trim() == firstToken && (equals < 0 || colon < equals))
            {
                Require(stack.Count > 0, source, i + 1, "a property outside any object");
                owner.Node.Properties[firstToken] = content[(colon + 1)..].Trim();
                i++;
            }
            else if (ObjectKeywords.Contains(firstToken))
            {
                var (name, inlineExpression) = SplitDeclaration(content[firstToken.Length..], source, i + 1);
                var (expression, next) = inlineExpression is null
                    ? (null, i + 1)
                    : ReadExpression(lines, i + 1, depth + 2, inlineExpression, source);
                var node = new TmdlNode(firstToken, name, expression, i + 1) { Description = pendingDescription };
                pendingDescription = null;
                if (stack.Count == 0)
                    roots.Add(node);
                else
                    owner.Node.Children.Add(node);
                stack.Add((depth, node));
                i = next;
            }
            else if (equals > 0 && content[..equals].Trim() == firstToken)
            {
                Require(stack.Count > 0, source, i + 1, "a property outside any object");
                var inline = content[(equals + 1)..].Trim();
                var (expression, next) = ReadExpression(lines, i + 1, depth + 1, inline, source);
                owner.Node.Properties[firstToken] = expression ?? string.Empty;
                i = next;
            }
            else
            {
                Require(stack.Count > 0 && firstToken == content, source, i + 1, $"cannot read '{content}'");
                owner.Node.Properties[firstToken] = FlagValue;
                i++;
            }
        }

        return roots;
    }

    /// <summary>Lines indented at least <paramref name="minDepth"/> tabs continue the expression; common indentation is removed.</summary>
    private static (string? Expression, int Next) ReadExpression(
        string[] lines, int start, int minDepth, string inline, string source)
    {
        var body = new List<string>();
        var i = start;
        while (i < lines.Length)
        {
            if (lines[i].Trim().Length == 0)
            {
                var j = i;
                while (j < lines.Length && lines[j].Trim().Length == 0)
                    j++;
                if (j < lines.Length && Indentation(lines[j], source, j + 1) >= minDepth)
                {
                    body.AddRange(Enumerable.Repeat(string.Empty, j - i));
                    i = j;
                    continue;
                }

                break;
            }

            if (Indentation(lines[i], source, i + 1) < minDepth)
                break;
            body.Add(lines[i].TrimEnd());
            i++;
        }

        if (body.Count == 0)
            return (inline.Length == 0 ? null : inline, i);

        var common = body.Where(l => l.Length > 0).Min(l => l.TakeWhile(c => c == '\t').Count());
        var block = string.Join('\n', body.Select(l => l.Length == 0 ? l : l[common..]));
        return (inline.Length == 0 ? block : inline + "\n" + block, i);
    }

    private static (string Name, string? Expression) SplitDeclaration(string rest, string source, int line)
    {
        rest = rest.Trim();
        var name = new StringBuilder();
        var k = 0;
        if (rest.StartsWith('\''))
        {
            k = 1;
            while (true)
            {
                Require(k < rest.Length, source, line, "unterminated quoted name");
                if (rest[k] == '\'')
                {
                    if (k + 1 < rest.Length && rest[k + 1] == '\'')
                    {
                        name.Append('\'');
                        k += 2;
                        continue;
                    }

                    k++;
                    break;
                }

                name.Append(rest[k++]);
            }
        }
        else
        {
            while (k < rest.Length && rest[k] != '=')
                name.Append(rest[k++]);
        }

        var remainder = rest[k..].Trim();
        var parsedName = name.ToString().Trim();
        if (remainder.Length == 0)
            return (parsedName, null);
        Require(remainder.StartsWith('='), source, line, $"unexpected '{remainder}' after a name");
        return (parsedName, remainder[1..].Trim());
    }

    private static int Indentation(string line, string source, int number)
    {
        var tabs = line.TakeWhile(c => c == '\t').Count();
        if (tabs < line.Length && line[tabs] == ' ' && line.Trim().Length > 0 && tabs == 0)
            throw new FormatException($"{source}:{number}: TMDL is indented with tabs, not spaces.");
        return tabs;
    }

    private static string FirstToken(string content)
    {
        var end = 0;
        while (end < content.Length && (char.IsLetterOrDigit(content[end]) || content[end] == '_'))
            end++;
        return content[..end];
    }

    private static void Require(bool condition, string source, int line, string message)
    {
        if (!condition)
            throw new FormatException($"{source}:{line}: {message}.");
    }
}
