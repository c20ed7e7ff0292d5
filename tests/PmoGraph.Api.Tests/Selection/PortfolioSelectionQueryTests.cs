using Microsoft.EntityFrameworkCore;
using PmoGraph.Api.Tests.Mutations;
using PmoGraph.Schema.Mutations;
using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Selection;
using PmoGraph.Schema.Strategy;

namespace PmoGraph.Api.Tests.Selection;

public sealed class PortfolioSelectionQueryTests : IDisposable
{
    private const string Selection = """
        query($input: PortfolioSelectionInput!) { portfolioSelection(input: $input) {
          status totalValue totalCost bestBound gap greedyFeasible greedyValue gainOverGreedy
          projects { project { id } selected greedySelected strategicValue forced }
          budgets { fiscalYear limit optimalSpend greedySpend candidateDemand } } }
        """;

    private static readonly int[] UnknownProject = [999_999];

    private readonly MutationTestFactory _api = new();

    public void Dispose() => _api.Dispose();

    /// <summary>Budgets at 40% of what the demo's candidates ask for in each fiscal year, so the choice matters.</summary>
    internal static async Task<FiscalYearBudget[]> TightBudgetsAsync(HttpClient client, double share = 0.4)
    {
        var loose = await client.DataAsync(Selection, new { input = new { respectCapacity = false } });
        return [.. loose.GetProperty("portfolioSelection").GetProperty("budgets").EnumerateArray().Select(b => new FiscalYearBudget
        {
            FiscalYear = b.GetProperty("fiscalYear").GetInt32(),
            Amount = Math.Round(b.GetProperty("candidateDemand").GetDecimal() * (decimal)share, 2),
        })];
    }

    [Fact]
    public async Task PortfolioSelection_DemoWithTightBudgets_IsOptimalEqualsBruteForceAndBeatsGreedy()
    {
        var budgets = await TightBudgetsAsync(_api.Client);
        var input = new { budgets };

        var result = (await _api.Client.DataAsync(Selection, new { input })).GetProperty("portfolioSelection");

        var request = new SelectionRequest { Budgets = budgets };
        var model = await _api.ReadAsync(db => SelectionModelLoader.LoadAsync(
            db, request, new AlignmentScoreOptions(), DateOnly.FromDateTime(DateTime.UtcNow), new InputValidation(), CancellationToken.None));
        Assert.NotNull(model);
        Assert.Equal(10, model.Projects.Count);
        var best = BruteForce(model.Problem);

        Assert.Equal("OPTIMAL", result.GetProperty("status").GetString());
        Assert.Equal(0.0, result.GetProperty("gap").GetDouble());
        Assert.Equal(SelectionScale.ToValue(best), result.GetProperty("totalValue").GetDouble(), 5);
        Assert.Equal(result.GetProperty("totalValue").GetDouble(), result.GetProperty("bestBound").GetDouble(), 5);
        Assert.True(result.GetProperty("greedyFeasible").GetBoolean());
        var greedy = result.GetProperty("greedyValue").GetDouble();
        Assert.True(greedy <= result.GetProperty("totalValue").GetDouble() + 1e-9);
        Assert.Equal(result.GetProperty("totalValue").GetDouble() - greedy, result.GetProperty("gainOverGreedy").GetDouble(), 9);
        foreach (var year in result.GetProperty("budgets").EnumerateArray())
        {
            Assert.True(year.GetProperty("optimalSpend").GetDecimal() <= year.GetProperty("limit").GetDecimal());
            Assert.True(year.GetProperty("greedySpend").GetDecimal() <= year.GetProperty("limit").GetDecimal());
        }
    }

    [Fact]
    public async Task PortfolioSelection_ForcedAndDependencies_AreRespected()
    {
        var candidates = await _api.ReadAsync(db => db.Set<Project>()
            .Where(p => p.Stage == LifecycleStage.Idea || p.Stage == LifecycleStage.Proposed).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync());
        var dependencies = await _api.ReadAsync(db => db.Set<ProjectDependency>()
            .Where(d => candidates.Contains(d.ProjectId) && candidates.Contains(d.OtherProjectId)).ToListAsync());
        var input = new { budgets = await TightBudgetsAsync(_api.Client, 0.6), forceIn = new[] { candidates[^1] }, forceOut = new[] { candidates[0] } };

        var result = (await _api.Client.DataAsync(Selection, new { input })).GetProperty("portfolioSelection");

        var chosen = result.GetProperty("projects").EnumerateArray()
            .ToDictionary(p => p.GetProperty("project").GetProperty("id").GetInt32(), p => p.GetProperty("selected").GetBoolean());
        Assert.True(chosen[candidates[^1]]);
        Assert.False(chosen[candidates[0]]);
        foreach (var d in dependencies)
        {
            Assert.True(d.Kind is DependencyKind.Requires ? !chosen[d.ProjectId] || chosen[d.OtherProjectId] : !(chosen[d.ProjectId] && chosen[d.OtherProjectId]));
        }
    }

    [Fact]
    public async Task PortfolioSelection_BadInput_IsInvalidSelectionInput()
    {
        var negative = await _api.Client.QueryAsync(Selection, new { input = new { budgets = new[] { new { fiscalYear = 2027, amount = -5m } } } });
        var unknown = await _api.Client.QueryAsync(Selection, new { input = new { candidateIds = UnknownProject } });
        var tooLong = await _api.Client.QueryAsync(Selection, new { input = new { timeLimitSeconds = 100_000 } });

        Assert.Equal([SelectionErrorCodes.InvalidSelection], negative.ErrorCodes());
        Assert.Equal([SelectionErrorCodes.InvalidSelection], unknown.ErrorCodes());
        Assert.Equal([SelectionErrorCodes.InvalidSelection], tooLong.ErrorCodes());
        Assert.Contains("999999", unknown.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EfficientFrontier_RisingBudget_ValueNeverFallsAndCostStaysWithin()
    {
        var demand = (await _api.Client.DataAsync(Selection, new { input = new { respectCapacity = false } }))
            .GetProperty("portfolioSelection").GetProperty("totalCost").GetDecimal();

        var points = (await _api.Client.DataAsync(
                "query($input: PortfolioSelectionInput!, $to: Decimal!) { efficientFrontier(input: $input, from: 0, to: $to, points: 6) { budget status value cost projects } }",
                new { input = new { respectCapacity = false }, to = demand }))
            .GetProperty("efficientFrontier").EnumerateArray().ToList();

        Assert.Equal(6, points.Count);
        Assert.All(points, p => Assert.Equal("OPTIMAL", p.GetProperty("status").GetString()));
        Assert.All(points, p => Assert.True(p.GetProperty("cost").GetDecimal() <= p.GetProperty("budget").GetDecimal()));
        var values = points.Select(p => p.GetProperty("value").GetDouble()).ToList();
        Assert.Equal(values.Order(), values);
        Assert.True(values[^1] > values[0]);
    }

    private static long BruteForce(SelectionProblem problem)
    {
        var n = problem.Candidates.Count;
        var best = -1L;
        for (var mask = 0; mask < 1 << n; mask++)
        {
            var chosen = Enumerable.Range(0, n).Select(p => (mask & (1 << p)) != 0).ToArray();
            if (problem.IsFeasible(chosen))
            {
                best = Math.Max(best, problem.ValueOf(chosen));
            }
        }

        return best;
    }
}
