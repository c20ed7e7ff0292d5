using Microsoft.EntityFrameworkCore;
using PmoGraph.Api.Tests.Mutations;
using PmoGraph.Schema.Audit;
using PmoGraph.Schema.Governance;
using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Scenarios;

namespace PmoGraph.Api.Tests.Selection;

public sealed class ScenarioMutationTests : IDisposable
{
    private const string Scenario = "scenario { id version status totalValue totalCost bestBound gap constraints }";

    private readonly MutationTestFactory _api = new();

    public void Dispose() => _api.Dispose();

    private async Task<int> SaveAsync(string name, object[] budgets)
    {
        var scenario = (await _api.CallAsync("saveScenario", Scenario, new { name, selection = new { budgets } })).Succeeded("scenario");
        Assert.Equal("OPTIMAL", scenario.GetProperty("status").GetString());
        Assert.Equal(0.0, scenario.GetProperty("gap").GetDouble());
        Assert.Contains("\"budgets\"", scenario.GetProperty("constraints").GetString(), StringComparison.Ordinal);
        return scenario.Id();
    }

    [Fact]
    public async Task SaveScenario_StoresConstraintsResultAndEveryCandidate()
    {
        var id = await SaveAsync("Tight", await PortfolioSelectionQueryTests.TightBudgetsAsync(_api.Client));

        var stored = await _api.ReadAsync(db => db.Set<PortfolioScenario>().Include(s => s.Projects).SingleAsync(s => s.Id == id));
        Assert.Equal(10, stored.Projects.Count);
        Assert.Equal(stored.TotalValue, stored.Projects.Where(p => p.IsSelected).Sum(p => p.StrategicValue), 4);
        Assert.Equal(stored.TotalCost, stored.Projects.Where(p => p.IsSelected).Sum(p => p.Cost));
        Assert.Equal(stored.TotalValue, stored.BestBound!.Value, 4);
    }

    [Fact]
    public async Task CompareScenarios_TightAndLoose_ShowsEachProjectsChoiceSideBySide()
    {
        var tight = await SaveAsync("Tight", await PortfolioSelectionQueryTests.TightBudgetsAsync(_api.Client, 0.3));
        var loose = await SaveAsync("Loose", await PortfolioSelectionQueryTests.TightBudgetsAsync(_api.Client, 1.0));

        var comparison = (await _api.Client.DataAsync(
                "query($ids: [Int!]!) { compareScenarios(ids: $ids) { scenarios { id totalValue } projects { project { id } selected differs } } }",
                new { ids = new[] { tight, loose } }))
            .GetProperty("compareScenarios");

        var stored = await _api.ReadAsync(db => db.Set<ScenarioProject>().Where(p => p.ScenarioId == tight || p.ScenarioId == loose).ToListAsync());
        Assert.Equal([tight, loose], comparison.GetProperty("scenarios").EnumerateArray().Select(s => s.Id()));
        var rows = comparison.GetProperty("projects").EnumerateArray().ToList();
        Assert.Equal(10, rows.Count);
        foreach (var row in rows)
        {
            var project = row.GetProperty("project").Id();
            Assert.Equal(
                [stored.Single(p => p.ScenarioId == tight && p.ProjectId == project).IsSelected, stored.Single(p => p.ScenarioId == loose && p.ProjectId == project).IsSelected],
                row.GetProperty("selected").EnumerateArray().Select(s => s.GetBoolean()));
        }

        var values = comparison.GetProperty("scenarios").EnumerateArray().Select(s => s.GetProperty("totalValue").GetDecimal()).ToList();
        Assert.True(values[1] >= values[0]);
        Assert.Contains(rows, r => r.GetProperty("differs").GetBoolean());
    }

    [Fact]
    public async Task CommitScenario_ChosenApprovedOthersDeferred_InOneAuditedTransaction()
    {
        var id = await SaveAsync("Adopted", await PortfolioSelectionQueryTests.TightBudgetsAsync(_api.Client));
        var version = await _api.ReadAsync(db => db.Set<PortfolioScenario>().Where(s => s.Id == id).Select(s => s.Version).SingleAsync());

        var committed = (await _api.CallAsync("commitScenario", Scenario, new { id, version })).Succeeded("scenario");

        Assert.Equal("COMMITTED", committed.GetProperty("status").GetString());
        var lines = await _api.ReadAsync(db => db.Set<ScenarioProject>().Where(p => p.ScenarioId == id).Include(p => p.Project).ToListAsync());
        var gates = await _api.ReadAsync(db => db.Set<PhaseGate>().Where(g => g.Notes!.Contains("portfolio scenario 'Adopted'")).ToListAsync());
        Assert.Contains(lines, l => l.IsSelected);
        Assert.Contains(lines, l => !l.IsSelected);
        Assert.All(lines.Where(l => l.IsSelected), l => Assert.Equal(LifecycleStage.Approved, l.Project.Stage));
        Assert.All(lines.Where(l => !l.IsSelected), l => Assert.True(l.Project.Stage is LifecycleStage.Idea or LifecycleStage.Proposed));
        Assert.Equal(lines.Count(l => l.IsSelected), gates.Count(g => g.Decision == GateDecision.Go && g.ToStage == LifecycleStage.Approved));
        Assert.Equal(lines.Count(l => !l.IsSelected), gates.Count(g => g.Decision == GateDecision.Hold));
        var audit = await _api.ReadAsync(db => db.Set<AuditEntry>().Where(a => a.Action.StartsWith("commitScenario")).ToListAsync());
        Assert.Contains(audit, a => a.EntityType == nameof(PortfolioScenario) && a.EntityId == id);
        Assert.Equal(lines.Count(l => l.IsSelected), audit.Count(a => a.EntityType == nameof(Project)));

        var committedVersion = committed.GetProperty("version").GetInt64();
        var again = await _api.CallAsync("commitScenario", Scenario, new { id, version = committedVersion });
        again.SingleError("InvalidTransitionError");

        // The states are named as the schema's ScenarioStatus enum names them.
        var refused = await _api.Client.DataAsync(
            "mutation($input: CommitScenarioInput!) { commitScenario(input: $input) { errors { ... on InvalidTransitionError { from to } } } }",
            new { input = new { id, version = committedVersion } });
        var error = Assert.Single(refused.GetProperty("commitScenario").GetProperty("errors").EnumerateArray());
        Assert.Equal(("COMMITTED", "COMMITTED"), (error.GetProperty("from").GetString(), error.GetProperty("to").GetString()));
    }

    [Fact]
    public async Task CommitScenario_StaleVersionOrUnknownId_ChangesNothing()
    {
        var id = await SaveAsync("Stale", await PortfolioSelectionQueryTests.TightBudgetsAsync(_api.Client));

        (await _api.CallAsync("commitScenario", Scenario, new { id, version = 999 })).SingleError("ConcurrencyError");
        (await _api.CallAsync("commitScenario", Scenario, new { id = 999_999, version = 1 })).SingleError("NotFoundError");

        Assert.Equal(0, await _api.ReadAsync(db => db.Set<PhaseGate>().CountAsync(g => g.Notes!.Contains("portfolio scenario"))));
        Assert.NotEqual(ScenarioStatus.Committed, await _api.ReadAsync(db => db.Set<PortfolioScenario>().Where(s => s.Id == id).Select(s => s.Status).SingleAsync()));
    }

    [Fact]
    public async Task SaveScenario_BadInput_IsAValidationError()
    {
        var payload = await _api.CallAsync("saveScenario", Scenario, new { name = " ", selection = new { totalBudget = -1m } });

        Assert.Equal([("name", "required"), ("totalBudget", "nonNegative")], payload.Violations());
        Assert.Equal(0, await _api.ReadAsync(db => db.Set<PortfolioScenario>().CountAsync()));
    }
}
