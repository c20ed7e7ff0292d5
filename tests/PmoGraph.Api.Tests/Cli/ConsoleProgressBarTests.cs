using PmoGraph.Api.Cli;

namespace PmoGraph.Api.Tests.Cli;

public sealed class ConsoleProgressBarTests
{
    [Fact]
    public void Report_StepsToTheEnd_RedrawsOneLineAndEndsIt()
    {
        using var output = new StringWriter();
        var bar = new ConsoleProgressBar("Seeding", output);

        bar.Report((0, 4));
        bar.Report((1, 4));
        bar.Report((4, 4));

        var frames = output.ToString().Split('\r', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, frames.Length);
        Assert.Equal("Seeding [" + new string('#', 8) + new string('.', 22) + "] 25 % (1/4)", frames[1]);
        Assert.EndsWith("100 % (4/4)" + Environment.NewLine, frames[2], StringComparison.Ordinal);
        Assert.DoesNotContain(Environment.NewLine, frames[0], StringComparison.Ordinal);
    }
}
