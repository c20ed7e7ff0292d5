using System.Text;
using System.Text.RegularExpressions;

namespace PmoGraph.Api.Tests.Readme;

/// <summary>A fenced code block of README.md: its language, text and the line its fence opens on.</summary>
internal sealed record ReadmeBlock(string Language, string Text, int Line)
{
    public override string ToString() => $"README.md:{Line} ({Language})";
}

/// <summary>One shell command of a bash block, continuation lines joined and comments dropped.</summary>
internal sealed record ShellCommand(string Text, int Line)
{
    public override string ToString() => $"README.md:{Line}: {Text}";
}

/// <summary>README.md read as the examples it gives: its fenced blocks, and the commands of its bash blocks.</summary>
internal static partial class ReadmeDocument
{
    /// <summary>The checkout's README.md (the folder holding PmoGraph.sln, above the test's output folder).</summary>
    public static string Path { get; } = FindReadme();

    public static string RepositoryRoot => System.IO.Path.GetDirectoryName(Path)!;

    public static IReadOnlyList<ReadmeBlock> Blocks() => Blocks(File.ReadAllText(Path));

    /// <summary>Every fenced block (<c>```lang</c> to <c>```</c>) of <paramref name="markdown"/>, in order.</summary>
    public static IReadOnlyList<ReadmeBlock> Blocks(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var blocks = new List<ReadmeBlock>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("```", StringComparison.Ordinal))
            {
                continue;
            }

            var language = lines[i][3..].Trim();
            var start = i;
            var text = new StringBuilder();
            for (i++; i < lines.Length && !lines[i].StartsWith("```", StringComparison.Ordinal); i++)
            {
                text.Append(lines[i]).Append('\n');
            }

            blocks.Add(new ReadmeBlock(language, text.ToString(), start + 1));
        }

        return blocks;
    }

    /// <summary>
    /// The commands of a bash block: a line ending in <c>\</c> continues on the next, a line starting with <c>#</c> is a
    /// comment, and so is what follows <c> #</c> outside quotes.
    /// </summary>
    public static IReadOnlyList<ShellCommand> Commands(ReadmeBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        var commands = new List<ShellCommand>();
        var current = new StringBuilder();
        var startLine = 0;
        var lines = block.Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (current.Length == 0 && (line.Length == 0 || line.StartsWith('#')))
            {
                continue;
            }

            if (current.Length == 0)
            {
                startLine = block.Line + 1 + i;
            }

            var code = StripComment(line);
            if (code.EndsWith('\\'))
            {
                current.Append(code[..^1].TrimEnd()).Append(' ');
                continue;
            }

            current.Append(code);
            commands.Add(new ShellCommand(current.ToString().Trim(), startLine));
            current.Clear();
        }

        if (current.Length > 0)
        {
            commands.Add(new ShellCommand(current.ToString().Trim(), startLine));
        }

        return commands;
    }

    /// <summary>The GraphQL documents README shows (<c>```graphql</c> blocks).</summary>
    public static IReadOnlyList<ReadmeBlock> GraphQLBlocks() => [.. Blocks().Where(b => b.Language == "graphql")];

    /// <summary>Every command of every bash block.</summary>
    public static IReadOnlyList<ShellCommand> ShellCommands() => [.. Blocks().Where(b => b.Language is "bash" or "sh" or "shell").SelectMany(Commands)];

    /// <summary>Every Markdown link target of README (<c>[text](target)</c>).</summary>
    public static IReadOnlyList<string> LinkTargets() => [.. LinkPattern().Matches(File.ReadAllText(Path)).Select(m => m.Groups[1].Value)];

    private static string StripComment(string line)
    {
        var single = false;
        var dbl = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '\'' && !dbl)
            {
                single = !single;
            }
            else if (c == '"' && !single)
            {
                dbl = !dbl;
            }
            else if (c == '#' && !single && !dbl && i > 0 && char.IsWhiteSpace(line[i - 1]))
            {
                return line[..i].TrimEnd();
            }
        }

        return line;
    }

    private static string FindReadme()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "PmoGraph.sln")))
            {
                return System.IO.Path.Combine(directory.FullName, "README.md");
            }
        }

        throw new InvalidOperationException("README.md not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex LinkPattern();
}
