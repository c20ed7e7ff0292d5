using System.Globalization;

namespace PmoGraph.Api.Tests.Querying.Semantics;

[Collection(SemanticsTests.Collection)]
public sealed class ComparableOperatorSemanticsTests(SemanticsFixture fixture)
{
    private static readonly string[] Comparisons = ["gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte"];

    /// <summary>One column of each comparable type (Int, Decimal, Float, Date, DateTime, UUID), nullable ones included.</summary>
    private static readonly Dictionary<string, ComparableColumn> Columns = new()
    {
        ["project.id (Int)"] = new("projects", "id", rows => rows.Projects.Select(p => (p.Id, (IComparable?)p.Id)), v => (int)v - 1),
        ["project.priority (Int)"] = new("projects", "priority", rows => rows.Projects.Select(p => (p.Id, (IComparable?)p.Priority)), v => (int)v - 1),
        ["risk.impact (Int)"] = new("risks", "impact", rows => rows.Risks.Select(r => (r.Id, (IComparable?)r.Impact)), v => (int)v - 1),
        ["project.version (Long)"] = new("projects", "version", rows => rows.Projects.Select(p => (p.Id, (IComparable?)p.Version)), v => (long)v - 1),
        ["project.budgetAtCompletion (Decimal)"] = new("projects", "budgetAtCompletion", rows => rows.Projects.Select(p => (p.Id, (IComparable?)p.BudgetAtCompletion)), v => (decimal)v - 0.0001m),
        ["project.percentComplete (Decimal)"] = new("projects", "percentComplete", rows => rows.Projects.Select(p => (p.Id, (IComparable?)p.PercentComplete)), v => (decimal)v - 0.5m),
        ["risk.probability (Decimal)"] = new("risks", "probability", rows => rows.Risks.Select(r => (r.Id, (IComparable?)r.Probability)), v => (decimal)v - 0.01m),
        ["milestone.earnedValueWeight (Decimal, nullable)"] = new("milestones", "earnedValueWeight", rows => rows.Projects.SelectMany(p => p.Milestones).Select(m => (m.Id, (IComparable?)m.EarnedValueWeight)), v => (decimal)v - 1m),
        ["driverComparison.judgement (Float)"] = new("driverComparisons", "judgement", rows => rows.DriverComparisons.Select(c => (c.Id, (IComparable?)c.Judgement)), v => (double)v - 0.25),
        ["project.actualFinish (Date, nullable)"] = new("projects", "actualFinish", rows => rows.Projects.Select(p => (p.Id, (IComparable?)p.ActualFinish)), v => ((DateOnly)v).AddDays(-1)),
        ["project.plannedStart (Date, nullable)"] = new("projects", "plannedStart", rows => rows.Projects.Select(p => (p.Id, (IComparable?)p.PlannedStart)), v => ((DateOnly)v).AddDays(-1)),
        ["risk.raisedOn (Date)"] = new("risks", "raisedOn", rows => rows.Risks.Select(r => (r.Id, (IComparable?)r.RaisedOn)), v => ((DateOnly)v).AddDays(-1)),
        ["statusReport.submittedAt (DateTime, nullable)"] = new("statusReports", "submittedAt", rows => rows.StatusReports.Select(r => (r.Id, (IComparable?)r.SubmittedAt)), v => ((DateTime)v).AddSeconds(-1)),
        ["project.externalId (UUID, nullable)"] = new("projects", "externalId", rows => rows.Projects.Select(p => (p.Id, (IComparable?)p.ExternalId)), _ => Guid.Empty),
    };

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var column in Columns.Keys)
        {
            foreach (var operation in Comparisons.Concat(["eq", "neq", "in", "nin"]))
            {
                data.Add(column, operation);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Where_ComparableOperation_MatchesLiftedComparisonWithNegationsIncludingNulls(string column, string operation)
    {
        var (collection, field, read, below) = Columns[column];
        var rows = read(fixture.Rows).ToList();
        var values = rows.Select(r => r.Value).OfType<IComparable>().Distinct().Order().ToList();
        Assert.True(values.Count >= 3, $"{column} has several distinct values in the data");
        var median = values[values.Count / 2];
        // Boundary values read from the data (the smallest, the middle and the largest value, one below them all) and null.
        object?[] operands = operation switch
        {
            "in" or "nin" => [new[] { values[0], values[^1] }, new[] { median, null }, new[] { below(values[0]) }, Array.Empty<IComparable>()],
            "eq" or "neq" => [values[0], median, values[^1], below(values[0]), null],
            _ => [values[0], median, values[^1], below(values[0])],
        };

        await fixture.Client.FilterToAsync([.. operands.Select(operand => (
            collection,
            $"{{ {field}: {{ {operation}: {GraphQLLiteral.Of(operand)} }} }}",
            rows.Where(r => OperatorSemantics.Comparable(r.Value, operation, operand)).Select(r => r.Id)))]);
    }

    [Fact]
    public async Task Where_NegatedComparisonOnANullableColumn_IncludesTheNulls()
    {
        // Hand-checked against the data: every project without an actual finish is "not after" any date.
        var unfinished = fixture.Rows.Projects.Where(p => p.ActualFinish is null).Select(p => p.Id).ToList();
        var latest = fixture.Rows.Projects.Max(p => p.ActualFinish)!.Value;
        Assert.NotEmpty(unfinished);

        await fixture.Client.FiltersToAsync("projects", $"{{ actualFinish: {{ gt: {GraphQLLiteral.Of(latest)} }} }}", []);
        await fixture.Client.FiltersToAsync(
            "projects", $"{{ actualFinish: {{ ngt: {GraphQLLiteral.Of(latest)} }} }}", fixture.Rows.Projects.Select(p => p.Id));
        await fixture.Client.FiltersToAsync(
            "projects", $"{{ actualFinish: {{ lte: {GraphQLLiteral.Of(latest)} }} }}", fixture.Rows.Projects.Where(p => p.ActualFinish is not null).Select(p => p.Id));
        await fixture.Client.FiltersToAsync(
            "projects", $"{{ actualFinish: {{ nlte: {GraphQLLiteral.Of(latest)} }} }}", unfinished);
        await fixture.Client.FiltersToAsync(
            "projects", $"{{ actualFinish: {{ ngte: \"1900-01-01\", nlt: \"1900-01-01\" }} }}", unfinished);
    }

    [Fact]
    public async Task Where_DecimalLiteralsOfOtherScales_CompareAsNumbers()
    {
        // Written as 0.0001, 1e-4 and an Int literal: the same number each time, whatever the store keeps decimals as.
        var tiny = fixture.Rows.Projects.Where(p => p.BudgetAtCompletion == 0.0001m).Select(p => p.Id).ToList();
        Assert.Single(tiny);

        await fixture.Client.FiltersToAsync("projects", "{ budgetAtCompletion: { eq: 0.0001 } }", tiny);
        await fixture.Client.FiltersToAsync("projects", "{ budgetAtCompletion: { gt: 0, lt: 1 } }", tiny);
        await fixture.Client.FiltersToAsync(
            "projects", "{ budgetAtCompletion: { gte: 0.00010 } }", fixture.Rows.Projects.Where(p => p.BudgetAtCompletion >= 0.0001m).Select(p => p.Id));
        await fixture.Client.FiltersToAsync(
            "projects",
            string.Create(CultureInfo.InvariantCulture, $"{{ budgetAtCompletion: {{ in: [0, 475000] }} }}"),
            fixture.Rows.Projects.Where(p => p.BudgetAtCompletion is 0m or 475000m).Select(p => p.Id));
    }
}
