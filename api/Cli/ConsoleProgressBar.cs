using System.Globalization;

namespace PmoGraph.Api.Cli;

/// <summary>
/// A one-line progress bar for long CLI verbs (<c>seed --scale 10000</c>), redrawn in place. Reports arrive on the
/// caller's thread, in order, so it writes synchronously rather than through <see cref="Progress{T}"/>.
/// </summary>
internal sealed class ConsoleProgressBar(string label, TextWriter output) : IProgress<(int Done, int Total)>
{
    private const int Width = 30;

    public void Report((int Done, int Total) value)
    {
        var (done, total) = value;
        var fraction = total <= 0 ? 1d : Math.Clamp((double)done / total, 0, 1);
        var filled = (int)Math.Round(fraction * Width);
        output.Write(string.Create(CultureInfo.InvariantCulture, $"\r{label} [{new string('#', filled)}{new string('.', Width - filled)}] {fraction,4:P0} ({done}/{total})"));
        if (done >= total)
        {
            output.WriteLine();
        }

        output.Flush();
    }
}
