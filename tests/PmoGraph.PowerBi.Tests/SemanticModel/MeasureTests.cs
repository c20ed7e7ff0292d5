using System.Text.RegularExpressions;

namespace PmoGraph.PowerBi.Tests.SemanticModel;

public sealed partial class MeasureTests
{
    private readonly ModelDefinition _model = ModelDefinition.Current;

    public static TheoryData<string> RequiredMeasures =>
    [
        "PV", "EV", "AC", "SV", "CV", "SPI", "CPI", "EAC", "VAC", "TCPI", "Completion rate", "On-time %", "On-budget %",
        "CSAT", "NPS", "Stakeholder satisfaction", "ROI", "Benefits realisation", "Utilisation", "Strategic value",
    ];

    [Theory]
    [MemberData(nameof(RequiredMeasures))]
    public void Measures_Required_AreInTheMeasuresTableWithFormatAndDescription(string name)
    {
        var measure = _model.Tables[ModelDefinition.MeasuresTable].ChildrenOf("measure").SingleOrDefault(m => m.Name == name);

        Assert.NotNull(measure);
        Assert.False(string.IsNullOrWhiteSpace(measure.Property("formatString")), $"{name} has no formatString");
        Assert.False(string.IsNullOrWhiteSpace(measure.Description), $"{name} has no description");
        Assert.False(string.IsNullOrWhiteSpace(measure.Expression), $"{name} has no expression");
    }

    [Fact]
    public void Measures_Every_HasAFormatStringADescriptionAndAUniqueName()
    {
        var measures = _model.Measures.ToList();
        var incomplete = measures
            .Where(m => string.IsNullOrWhiteSpace(m.Property("formatString")) || string.IsNullOrWhiteSpace(m.Description))
            .Select(m => m.Name)
            .ToList();

        Assert.Empty(incomplete);
        Assert.Equal(measures.Count, measures.Select(m => m.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.True(measures.Count >= 20);
    }

    [Fact]
    public void Measures_Names_DoNotClashWithAnyColumnName()
    {
        // DAX names are case-insensitive: a measure called Budget beside a column budget is ambiguous in [Budget].
        var columns = _model.Tables.Values.SelectMany(t => t.ChildrenOf("column")).Select(c => c.Name)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        var clashes = _model.Measures.Select(m => m.Name).Where(columns.Contains).ToList();

        Assert.Empty(clashes);
    }

    [Fact]
    public void Measures_Every_DividesWithDivideSoAZeroDenominatorIsBlank()
    {
        var slashes = _model.Measures.Where(m => Code(m.Expression!).Contains('/', StringComparison.Ordinal)).Select(m => m.Name).ToList();

        Assert.Empty(slashes);
        Assert.Equal("DIVIDE ( [EV], [PV] )", Measure("SPI"));
        Assert.Equal("DIVIDE ( [EV], [AC] )", Measure("CPI"));
        Assert.Equal("DIVIDE ( [BAC] - [EV], [BAC] - [AC] )", Measure("TCPI"));
    }

    [Fact]
    public void Measures_EvmDefinitions_FollowTheDesign()
    {
        Assert.Equal("[EV] - [PV]", Measure("SV"));
        Assert.Equal("[EV] - [AC]", Measure("CV"));
        Assert.Equal("DIVIDE ( [BAC], [CPI] )", Measure("EAC"));
        Assert.Contains("[BAC] - Eac", Measure("VAC"), StringComparison.Ordinal);
        Assert.Contains("SUM ( bi_fact_evm[planned_value] )", Measure("PV"), StringComparison.Ordinal);
        Assert.Contains("SUM ( bi_fact_evm[earned_value] )", Measure("EV"), StringComparison.Ordinal);
        Assert.Contains("SUM ( bi_fact_evm[actual_cost] )", Measure("AC"), StringComparison.Ordinal);
    }

    [Fact]
    public void Measures_References_AreColumnsAndMeasuresOfTheModel()
    {
        var measureNames = _model.Measures.Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var measure in _model.Measures)
        {
            var code = Code(measure.Expression!);
            foreach (Match qualified in QualifiedReference().Matches(code))
            {
                var table = qualified.Groups["table"].Value.Trim('\'').Replace("''", "'", StringComparison.Ordinal);
                var column = qualified.Groups["column"].Value;
                if (_model.Column(table, column) is null)
                    problems.Add($"{measure.Name}: {table}[{column}] is not a column");
            }

            foreach (Match bare in BareReference().Matches(code))
            {
                if (!measureNames.Contains(bare.Groups["name"].Value))
                    problems.Add($"{measure.Name}: [{bare.Groups["name"].Value}] is not a measure");
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void StrategicValue_Expression_WeighsEachScoreByTheDriversStoredWeight()
    {
        var measure = _model.Measures.Single(m => m.Name == "Strategic value");
        var code = Code(measure.Expression!);

        Assert.Contains("bi_fact_alignment[alignment_score] * RELATED ( bi_dim_driver[weight] )", code, StringComparison.Ordinal);
        Assert.Contains("KEEPFILTERS ( bi_fact_alignment[driver_key] <> -1 )", code, StringComparison.Ordinal);
        Assert.DoesNotContain("rating_score", code, StringComparison.Ordinal);
        Assert.DoesNotContain("COUNTROWS", code, StringComparison.Ordinal);
        Assert.Contains("bi_dim_driver[weight]", measure.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("equally", measure.Description, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("decimal", _model.Column("bi_dim_driver", "weight")?.Property("dataType"));
    }

    private string Measure(string name) =>
        _model.Measures.Single(m => m.Name == name).Expression!;

    /// <summary>The DAX without its string literals and comments, so references and operators can be read.</summary>
    private static string Code(string dax) => Comments().Replace(StringLiteral().Replace(dax, "\"\""), string.Empty);

    [GeneratedRegex("\"(?:[^\"]|\"\")*\"")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"//[^\n]*|--[^\n]*|/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comments();

    [GeneratedRegex(@"(?<table>'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_]*)\[(?<column>[^\]]+)\]")]
    private static partial Regex QualifiedReference();

    [GeneratedRegex(@"(?<![A-Za-z0-9_'\]])\[(?<name>[^\]]+)\]")]
    private static partial Regex BareReference();
}
