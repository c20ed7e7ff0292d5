using PmoGraph.Schema.Evm;
using PmoGraph.Schema.Governance;

namespace PmoGraph.Schema.Tests.Governance;

public sealed class RagPolicyTests
{
    private static readonly RagThreshold _spi = new() { Metric = "SPI", GreenFrom = 0.95m, AmberFrom = 0.90m };

    [Theory]
    [InlineData("1.2", Rag.Green)]
    [InlineData("0.95", Rag.Green)]
    [InlineData("0.9499", Rag.Amber)]
    [InlineData("0.90", Rag.Amber)]
    [InlineData("0.8999", Rag.Red)]
    [InlineData(null, Rag.Grey)]
    public void Judge_ValueAgainstDefaultThresholds_FallsInItsBand(string? value, Rag expected)
    {
        Assert.Equal(expected, RagPolicy.Judge(value is null ? null : decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), _spi));
    }

    [Theory]
    [InlineData(new[] { Rag.Green, Rag.Amber, Rag.Grey }, Rag.Amber)]
    [InlineData(new[] { Rag.Green, Rag.Red, Rag.Amber }, Rag.Red)]
    [InlineData(new[] { Rag.Green, Rag.Grey }, Rag.Green)]
    [InlineData(new Rag[0], Rag.Grey)]
    public void Rollup_Statuses_RedIfAnyRedElseAmberIfAnyAmber(Rag[] statuses, Rag expected)
    {
        Assert.Equal(expected, RagPolicy.Rollup(statuses));
    }

    [Fact]
    public void Judge_Measures_WorstMetricUnderTheStoredThresholds()
    {
        var measures = new EarnedValueMeasures { HasBaseline = true, SchedulePerformanceIndex = 0.92m, CostPerformanceIndex = 1.05m };
        var strict = new RagPolicy([new RagThreshold { Metric = "CPI", GreenFrom = 1.1m, AmberFrom = 1.0m }, _spi]);
        var lenient = new RagPolicy([new RagThreshold { Metric = "SPI", GreenFrom = 0.9m, AmberFrom = 0.8m }]);

        Assert.Equal((Rag.Amber, Rag.Amber, Rag.Green), (RagPolicy.Default.Judge(measures), strict.Judge(measures), lenient.Judge(measures)));
    }

    [Fact]
    public void Judge_NoBaseline_IsGreyEvenWithValues()
    {
        Assert.Equal(Rag.Grey, RagPolicy.Default.Judge(new EarnedValueMeasures { HasBaseline = false, CostPerformanceIndex = 0.5m }));
    }
}
