using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PmoGraph.Api.Tests.Reports;
using PmoGraph.Api.Tests.Selection;
using PmoGraph.Schema.Audit;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Scenarios;
using PmoGraph.Schema.Strategy;

namespace PmoGraph.Api.Tests.Strategy;

/// <summary>The drivers' AHP weights are stored by the mutations that change the judgements, on a store of its own.</summary>
public sealed class DriverWeightStoreTests : IDisposable
{
    private const string Driver = "driver { id version weight }";
    private const string Comparison = "comparison { id judgement version }";

    private readonly PmoApiFactory _api = new();
    private readonly HttpClient _client;

    public DriverWeightStoreTests() => _client = _api.CreateClient();

    public void Dispose()
    {
        _client.Dispose();
        _api.Dispose();
    }

    [Fact]
    public async Task CompareDrivers_ThreeDriversWithKnownRatios_StoresTheAhpWeightsInTheSameAuditedChange()
    {
        var (a, b, c) = await ThreeFreshDriversAsync();

        await CompareAsync(a, b, 2);
        await CompareAsync(b, c, 2);
        var last = await CompareAsync(a, c, 4);

        // A is twice B, B twice C, A four times C: perfectly consistent, so the weights are 4/7, 2/7 and 1/7 (CR 0).
        var drivers = await ReadAsync(db => db.Set<BusinessDriver>().Include(d => d.WeightRevision).OrderBy(d => d.Id).ToListAsync());
        var stored = drivers.Where(d => d.IsActive).Select(d => d.Weight!.Value).ToList();
        Assert.Equal([0.571m, 0.286m, 0.143m], stored.Select(w => Math.Round(w, 3)));
        var ahp = AhpPriorities.Compute(new double[,] { { 1, 2, 4 }, { 0.5, 1, 2 }, { 0.25, 0.5, 1 } });
        Assert.Equal(ahp.Weights.Select(w => Math.Round((decimal)w, 6)), stored);
        Assert.Equal(1m, Math.Round(stored.Sum(), 5));

        // The five demo drivers were taken out of weighting: their weight is cleared by the same weighing.
        Assert.All(drivers.Where(d => !d.IsActive), d => Assert.Null(d.Weight));
        var revision = Assert.Single(drivers.Select(d => d.WeightRevision).Distinct());
        Assert.NotNull(revision);
        Assert.Equal(("compareDrivers", 3, 3, 0, true), (revision.Trigger, revision.DriverCount, revision.JudgementCount, revision.MissingJudgements, revision.IsApplied));
        Assert.Equal(0, revision.ConsistencyRatio, 9);

        // Audited with the judgement: one compareDrivers entry per row the call changed, the drivers' weights included.
        var audit = await ReadAsync(db => db.Set<AuditEntry>().Where(e => e.Action.StartsWith("compareDrivers")).ToListAsync());
        var lastCall = audit.Where(e => e.At == audit.Max(x => x.At)).ToList();
        Assert.Contains(lastCall, e => e.EntityType == nameof(DriverComparison) && e.EntityId == last);
        Assert.Contains(lastCall, e => e.EntityType == nameof(DriverWeightRevision) && e.EntityId == revision.Id);
        var weighed = lastCall.Single(e => e.EntityType == nameof(BusinessDriver) && e.EntityId == a);
        Assert.Contains("\"Weight\":0.571429", weighed.After, StringComparison.Ordinal);

        // GraphQL serves the stored weight and the weighing it comes from.
        var node = (await _client.DataAsync("query($id: Int!) { businessDriver(id: $id) { weight weightRevision { trigger isApplied judgementCount } } }", new { id = a }))
            .GetProperty("businessDriver");
        Assert.Equal(0.571429m, node.GetProperty("weight").GetDecimal());
        Assert.True(node.GetProperty("weightRevision").GetProperty("isApplied").GetBoolean());
    }

    [Fact]
    public async Task CompareDrivers_JudgementMakingTheMatrixInconsistent_IsRecordedButKeepsTheStoredWeights()
    {
        var (a, b, c) = await ThreeFreshDriversAsync();
        await CompareAsync(a, b, 2);
        await CompareAsync(b, c, 2);
        var ac = await CompareAsync(a, c, 4);
        var before = await WeightsAsync();

        // Now C is judged 9 times A while A beats B and B beats C: a cycle, far past Saaty's 0.1.
        await CompareAsync(a, c, 1.0 / 9, version: 1);

        Assert.Equal(before, await WeightsAsync());
        var judgement = await ReadAsync(db => db.Set<DriverComparison>().Where(x => x.Id == ac).Select(x => x.Judgement).SingleAsync());
        Assert.Equal(1.0 / 9, judgement, 9);
        var revisions = await ReadAsync(db => db.Set<DriverWeightRevision>().OrderBy(r => r.Id).ToListAsync());
        var rejected = revisions[^1];
        var expected = AhpPriorities.Compute(new double[,] { { 1, 2, 1.0 / 9 }, { 0.5, 1, 2 }, { 9, 0.5, 1 } });
        Assert.False(rejected.IsApplied);
        Assert.Equal(expected.ConsistencyRatio, rejected.ConsistencyRatio, 9);
        Assert.True(rejected.ConsistencyRatio > AhpPriorities.ConsistencyThreshold);
        var applied = await ReadAsync(db => db.Set<BusinessDriver>().Where(d => d.Id == a).Select(d => d.WeightRevisionId).SingleAsync());
        Assert.Equal(revisions.Last(r => r.IsApplied).Id, applied);

        // The on-request weighting reports the inconsistency; the stored weights stay those of the consistent set.
        var weighting = (await _client.DataAsync("{ driverWeights { isConsistent } }")).GetProperty("driverWeights");
        Assert.False(weighting.GetProperty("isConsistent").GetBoolean());
    }

    [Fact]
    public async Task UpdateDriver_TakenOutOfWeighting_ReweighsTheOthersAndClearsItsWeight()
    {
        var drivers = await ReadAsync(db => db.Set<BusinessDriver>().OrderBy(d => d.Id).ToListAsync());
        var engagement = drivers.Single(d => d.Code == "DRV-PEOPLE");

        var payload = await CallAsync("updateDriver", Driver, new { id = engagement.Id, version = engagement.Version, name = engagement.Name, isActive = false });

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("driver").GetProperty("weight").ValueKind);
        var ahp = AhpPriorities.Compute(new double[,]
        {
            { 1, 3, 2, 3 },
            { 1.0 / 3, 1, 0.5, 1 },
            { 0.5, 2, 1, 2 },
            { 1.0 / 3, 1, 0.5, 1 },
        });
        var stored = await ReadAsync(db => db.Set<BusinessDriver>().Where(d => d.IsActive).OrderBy(d => d.Id).Select(d => d.Weight!.Value).ToListAsync());
        Assert.Equal(ahp.Weights.Select(w => Math.Round((decimal)w, 6)), stored);
    }

    [Fact]
    public async Task ScenarioView_SavedScenario_ListsEveryCandidateWithItsChoiceValueAndCost()
    {
        var budgets = await PortfolioSelectionQueryTests.TightBudgetsAsync(_client);
        var saved = await CallAsync("saveScenario", "scenario { id }", new { name = "Tight", selection = new { budgets } });
        var id = saved.GetProperty("scenario").GetProperty("id").GetInt32();

        var scenario = await ReadAsync(db => db.Set<PortfolioScenario>().Include(s => s.Projects).SingleAsync(s => s.Id == id));
        var where = $"FROM bi_fact_scenario_project WHERE scenario_key = {id}";
        Assert.Equal(scenario.Projects.OrderBy(p => p.Id).Select(p => p.ProjectId), await ReportStore.ColumnAsync<int>(_api, $"SELECT project_key {where} ORDER BY scenario_project_key"));
        Assert.Equal(scenario.Projects.OrderBy(p => p.Id).Select(p => p.IsSelected ? 1 : 0), await ReportStore.ColumnAsync<int>(_api, $"SELECT is_selected {where} ORDER BY scenario_project_key"));
        var selectedValue = (await ReportStore.ColumnAsync<decimal>(_api, $"SELECT SUM(selected_value) {where}")).Single();
        var selectedCost = (await ReportStore.ColumnAsync<decimal>(_api, $"SELECT SUM(selected_cost) {where}")).Single();
        Assert.Equal(scenario.Projects.Where(p => p.IsSelected).Sum(p => p.StrategicValue), selectedValue, 2);
        Assert.Equal(scenario.TotalCost, selectedCost, 2);
        Assert.Equal(["Tight"], (await ReportStore.ColumnAsync<string>(_api, $"SELECT DISTINCT scenario_name {where}")));
    }

    /// <summary>Takes the demo drivers out of weighting (directly in the store) and creates three drivers A, B, C.</summary>
    private async Task<(int A, int B, int C)> ThreeFreshDriversAsync()
    {
        await ReadAsync(db => db.Set<BusinessDriver>().ExecuteUpdateAsync(s => s.SetProperty(d => d.IsActive, false)));
        var ids = new List<int>();
        foreach (var code in new[] { "W-A", "W-B", "W-C" })
        {
            var driver = (await CallAsync("createDriver", Driver, new { code, name = $"Driver {code}" })).GetProperty("driver");

            // A driver never compared has no weight.
            Assert.Equal(JsonValueKind.Null, driver.GetProperty("weight").ValueKind);
            ids.Add(driver.GetProperty("id").GetInt32());
        }

        return (ids[0], ids[1], ids[2]);
    }

    private async Task<int> CompareAsync(int first, int second, double judgement, long? version = null)
    {
        var payload = await CallAsync("compareDrivers", Comparison, new { firstDriverId = first, secondDriverId = second, judgement, version });
        return payload.GetProperty("comparison").GetProperty("id").GetInt32();
    }

    private Task<List<decimal?>> WeightsAsync() =>
        ReadAsync(db => db.Set<BusinessDriver>().OrderBy(d => d.Id).Select(d => d.Weight).ToListAsync());

    private async Task<JsonElement> CallAsync(string mutation, string selection, object input)
    {
        var inputType = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
        var query = $"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ {selection} errors {{ __typename ... on Error {{ message }} }} }} }}";
        var payload = (await _client.DataAsync(query, new { input })).GetProperty(mutation);
        Assert.True(payload.GetProperty("errors").ValueKind == JsonValueKind.Null, payload.ToString());
        return payload;
    }

    private async Task<T> ReadAsync<T>(Func<PmoDbContext, Task<T>> read)
    {
        await using var db = new PmoDbContext(_api.Database.ContextOptions());
        return await read(db);
    }
}
