using System.Text;

namespace PmoGraph.Api.Tests.Readme;

/// <summary>
/// Splits a command line into words the way a POSIX shell does for the commands README shows: single quotes keep
/// everything, double quotes expand <c>$NAME</c>, a backslash escapes the next character outside single quotes, and
/// <c>$(...)</c> is kept whole as one word for the caller to run.
/// </summary>
internal static class ShellWords
{
    public static IReadOnlyList<string> Split(string command, IReadOnlyDictionary<string, string> variables)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(variables);
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        for (var i = 0; i < command.Length; i++)
        {
            var c = command[i];
            switch (c)
            {
                case ' ' or '\t':
                    if (inWord)
                    {
                        words.Add(word.ToString());
                        word.Clear();
                        inWord = false;
                    }

                    continue;
                case '\'':
                    var close = command.IndexOf('\'', i + 1);
                    if (close < 0)
                    {
                        throw new FormatException($"Unclosed ' in: {command}");
                    }

                    word.Append(command, i + 1, close - i - 1);
                    i = close;
                    break;
                case '"':
                    for (i++; i < command.Length && command[i] != '"'; i++)
                    {
                        if (command[i] == '\\' && i + 1 < command.Length && command[i + 1] is '"' or '\\' or '$')
                        {
                            word.Append(command[++i]);
                        }
                        else if (command[i] == '$')
                        {
                            i = Expand(command, i, variables, word);
                        }
                        else
                        {
                            word.Append(command[i]);
                        }
                    }

                    if (i >= command.Length)
                    {
                        throw new FormatException($"Unclosed \" in: {command}");
                    }

                    break;
                case '\\' when i + 1 < command.Length:
                    word.Append(command[++i]);
                    break;
                case '$' when i + 1 < command.Length && command[i + 1] == '(':
                    var depth = 0;
                    var start = i;
                    for (; i < command.Length; i++)
                    {
                        depth += command[i] switch { '(' => 1, ')' => -1, _ => 0 };
                        if (depth == 0 && command[i] == ')')
                        {
                            break;
                        }
                    }

                    word.Append(command, start, i - start + 1);
                    break;
                case '$':
                    i = Expand(command, i, variables, word);
                    break;
                default:
                    word.Append(c);
                    break;
            }

            inWord = true;
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    /// <summary>Appends the value of the variable named after <c>$</c> at <paramref name="at"/>; returns its last index.</summary>
    private static int Expand(string command, int at, IReadOnlyDictionary<string, string> variables, StringBuilder word)
    {
        var end = at + 1;
        while (end < command.Length && (char.IsAsciiLetterOrDigit(command[end]) || command[end] == '_'))
        {
            end++;
        }

        var name = command[(at + 1)..end];
        if (name.Length == 0)
        {
            word.Append('$');
            return at;
        }

        word.Append(variables.TryGetValue(name, out var value)
            ? value
            : throw new InvalidOperationException($"${name} is used before README sets it: {command}"));
        return end - 1;
    }
}
