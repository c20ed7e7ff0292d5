using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Strategy;

namespace PmoGraph.Api.Tests.Mutations;

public sealed class StrategyMutationTests : IDisposable
{
    private const string Objective = "objective { id code level version }";
    private const string Driver = "driver { id code isActive version }";
    private const string Comparison = "comparison { id judgement version }";
    private const string Alignment = "alignment { id rating version }";

    private readonly MutationTestFactory _api = new();

    public void Dispose() => _api.Dispose();

    private Task<StrategicObjective> NodeAsync(ObjectiveLevel level) =>
        _api.ReadAsync(db => db.Set<StrategicObjective>().Where(o => o.Level == level).OrderBy(o => o.Id).FirstAsync());

    private async Task<(int Low, int High)> NewDriverPairAsync()
    {
        var a = (await _api.CallAsync("createDriver", Driver, new { code = "DRV-A", name = "Driver A" })).Succeeded("driver").Id();
        var b = (await _api.CallAsync("createDriver", Driver, new { code = "DRV-B", name = "Driver B" })).Succeeded("driver").Id();
        return (Math.Min(a, b), Math.Max(a, b));
    }

    [Fact]
    public async Task CreateObjective_KeyResultUnderAnObjective_IsStored()
    {
        var parent = await NodeAsync(ObjectiveLevel.Objective);

        var node = (await _api.CallAsync("createObjective", Objective, new
        {
            code = "KR-NEW",
            name = "Churn below 5%",
            level = "KEY_RESULT",
            parentId = parent.Id,
            metric = "churn %",
            baseline = 8m,
            target = 5m,
        })).Succeeded("objective");

        var stored = await _api.ReadAsync(db => db.Set<StrategicObjective>().SingleAsync(o => o.Id == node.Id()));
        Assert.Equal((ObjectiveLevel.KeyResult, (int?)parent.Id, "churn %", (decimal?)8m, (decimal?)5m), (stored.Level, stored.ParentId, stored.Metric, stored.Baseline, stored.Target));
    }

    [Fact]
    public async Task CreateObjective_InconsistentTree_IsAHierarchyOrRequiredError()
    {
        var goal = await NodeAsync(ObjectiveLevel.Goal);

        Assert.Equal([("parentId", "hierarchy")], (await _api.CallAsync("createObjective", Objective, new { code = "G-X", name = "X", level = "GOAL", parentId = goal.Id })).Violations());
        Assert.Equal([("parentId", "required")], (await _api.CallAsync("createObjective", Objective, new { code = "O-X", name = "X", level = "OBJECTIVE" })).Violations());
        Assert.Equal([("parentId", "hierarchy")], (await _api.CallAsync("createObjective", Objective, new { code = "K-X", name = "X", level = "KEY_RESULT", parentId = goal.Id })).Violations());
        Assert.False(await _api.ReadAsync(db => db.Set<StrategicObjective>().AnyAsync(o => o.Code.EndsWith("-X"))));
    }

    [Fact]
    public async Task CreateObjective_InvalidFieldsOrUnknownParent_AreTypedErrors()
    {
        var existing = await NodeAsync(ObjectiveLevel.Goal);

        Assert.Equal([("name", "required"), ("metric", "maxLength"), ("code", "unique")],
            (await _api.CallAsync("createObjective", Objective, new { code = existing.Code, name = "", level = "GOAL", metric = new string('m', 201) })).Violations());
        (await _api.CallAsync("createObjective", Objective, new { code = "O-NEW", name = "X", level = "OBJECTIVE", parentId = 999999 })).SingleError("NotFoundError");
    }

    [Fact]
    public async Task UpdateObjective_CurrentVersion_StoresTheValues()
    {
        var node = await NodeAsync(ObjectiveLevel.KeyResult);

        (await _api.CallAsync("updateObjective", Objective, new { id = node.Id, version = node.Version, name = "Renamed", parentId = node.ParentId, current = 42m }))
            .Succeeded("objective");

        var stored = await _api.ReadAsync(db => db.Set<StrategicObjective>().SingleAsync(o => o.Id == node.Id));
        Assert.Equal(("Renamed", (decimal?)42m, node.Version + 1), (stored.Name, stored.Current, stored.Version));
    }

    [Fact]
    public async Task UpdateObjective_StaleVersionOrBadParent_AreTypedErrors()
    {
        var node = await NodeAsync(ObjectiveLevel.KeyResult);
        var goal = await NodeAsync(ObjectiveLevel.Goal);

        (await _api.CallAsync("updateObjective", Objective, new { id = node.Id, version = node.Version + 1, name = "X", parentId = node.ParentId })).SingleError("ConcurrencyError");
        Assert.Equal([("parentId", "hierarchy")], (await _api.CallAsync("updateObjective", Objective, new { id = node.Id, version = node.Version, name = "X", parentId = goal.Id })).Violations());
        Assert.Equal(node.Name, (await _api.ReadAsync(db => db.Set<StrategicObjective>().SingleAsync(o => o.Id == node.Id))).Name);
    }

    [Fact]
    public async Task CreateAndUpdateDriver_StoreTheDriver()
    {
        var created = (await _api.CallAsync("createDriver", Driver, new { code = "DRV-ESG", name = "Sustainability" })).Succeeded("driver");

        (await _api.CallAsync("updateDriver", Driver, new { id = created.Id(), version = 1, name = "ESG", isActive = false })).Succeeded("driver");

        var stored = await _api.ReadAsync(db => db.Set<BusinessDriver>().SingleAsync(d => d.Id == created.Id()));
        Assert.Equal(("DRV-ESG", "ESG", false, 2L), (stored.Code, stored.Name, stored.IsActive, stored.Version));
    }

    [Fact]
    public async Task CreateAndUpdateDriver_InvalidOrStale_AreTypedErrors()
    {
        var existing = await _api.ReadAsync(db => db.Set<BusinessDriver>().OrderBy(d => d.Id).FirstAsync());

        Assert.Equal([("name", "required"), ("code", "unique")], (await _api.CallAsync("createDriver", Driver, new { code = existing.Code, name = " " })).Violations());
        Assert.Equal([("description", "maxLength")],
            (await _api.CallAsync("updateDriver", Driver, new { id = existing.Id, version = existing.Version, name = "N", description = new string('d', 4001) })).Violations());
        (await _api.CallAsync("updateDriver", Driver, new { id = existing.Id, version = existing.Version + 1, name = "N" })).SingleError("ConcurrencyError");
        (await _api.CallAsync("updateDriver", Driver, new { id = 999999, version = 1, name = "N" })).SingleError("NotFoundError");
    }

    [Fact]
    public async Task CompareDrivers_HigherIdFirst_IsStoredNormalisedAndInverted()
    {
        var (low, high) = await NewDriverPairAsync();

        var comparison = (await _api.CallAsync("compareDrivers", Comparison, new { firstDriverId = high, secondDriverId = low, judgement = 0.333333 }))
            .Succeeded("comparison");

        var stored = await _api.ReadAsync(db => db.Set<DriverComparison>().SingleAsync(c => c.Id == comparison.Id()));
        Assert.Equal((low, high, 3.0), (stored.FirstDriverId, stored.SecondDriverId, stored.Judgement));
    }

    [Fact]
    public async Task CompareDrivers_SamePairAgain_ReplacesTheJudgementWithItsVersion()
    {
        var (low, high) = await NewDriverPairAsync();
        var first = (await _api.CallAsync("compareDrivers", Comparison, new { firstDriverId = low, secondDriverId = high, judgement = 5.0 })).Succeeded("comparison");

        (await _api.CallAsync("compareDrivers", Comparison, new { firstDriverId = low, secondDriverId = high, judgement = 7.0 })).SingleError("ConcurrencyError");
        (await _api.CallAsync("compareDrivers", Comparison, new { firstDriverId = high, secondDriverId = low, judgement = 0.25, version = 1 })).Succeeded("comparison");

        var stored = await _api.ReadAsync(db => db.Set<DriverComparison>().Where(c => c.FirstDriverId == low && c.SecondDriverId == high).ToListAsync());
        Assert.Equal((first.Id(), 4.0, 2L), (Assert.Single(stored).Id, stored[0].Judgement, stored[0].Version));
    }

    [Fact]
    public async Task CompareDrivers_SameDriverOffScaleOrUnknown_AreTypedErrors()
    {
        var (low, _) = await NewDriverPairAsync();

        Assert.Equal([("secondDriverId", "distinct"), ("judgement", "scale")],
            (await _api.CallAsync("compareDrivers", Comparison, new { firstDriverId = low, secondDriverId = low, judgement = 10.0 })).Violations());
        Assert.Equal([("judgement", "scale")], (await _api.CallAsync("compareDrivers", Comparison, new { firstDriverId = low, secondDriverId = 999999, judgement = 2.5 })).Violations());
        (await _api.CallAsync("compareDrivers", Comparison, new { firstDriverId = low, secondDriverId = 999999, judgement = 2.0 })).SingleError("NotFoundError");
    }

    [Fact]
    public async Task RateAlignment_DriverThenAgain_UpsertsOneRating()
    {
        var projectId = await _api.ReadAsync(db => db.Set<Project>().Select(p => p.Id).FirstAsync());
        var driverId = (await _api.CallAsync("createDriver", Driver, new { code = "DRV-NEW", name = "New driver" })).Succeeded("driver").Id();
        var first = (await _api.CallAsync("rateAlignment", Alignment, new { projectId, driverId, rating = "MODERATE", rationale = "Some overlap" })).Succeeded("alignment");

        (await _api.CallAsync("rateAlignment", Alignment, new { projectId, driverId, rating = "LOW" })).SingleError("ConcurrencyError");
        (await _api.CallAsync("rateAlignment", Alignment, new { projectId, driverId, rating = "EXTREME", version = 1 })).Succeeded("alignment");

        var stored = Assert.Single(await _api.ReadAsync(db => db.Set<ProjectAlignment>().Where(a => a.ProjectId == projectId && a.DriverId == driverId).ToListAsync()));
        Assert.Equal((first.Id(), AlignmentRating.Extreme, (int?)null, 2L), (stored.Id, stored.Rating, stored.ObjectiveId, stored.Version));
    }

    [Fact]
    public async Task RateAlignment_Objective_IsStored()
    {
        var projectId = await _api.ReadAsync(db => db.Set<Project>().Select(p => p.Id).FirstAsync());
        var objective = (await _api.CallAsync("createObjective", Objective, new { code = "G-NEW", name = "New goal", level = "GOAL" })).Succeeded("objective").Id();

        var alignment = (await _api.CallAsync("rateAlignment", Alignment, new { projectId, objectiveId = objective, rating = "STRONG" })).Succeeded("alignment");

        var stored = await _api.ReadAsync(db => db.Set<ProjectAlignment>().SingleAsync(a => a.Id == alignment.Id()));
        Assert.Equal(((int?)null, (int?)objective, AlignmentRating.Strong), (stored.DriverId, stored.ObjectiveId, stored.Rating));
    }

    [Fact]
    public async Task RateAlignment_NeitherOrBothTargetsOrUnknown_AreTypedErrors()
    {
        var projectId = await _api.ReadAsync(db => db.Set<Project>().Select(p => p.Id).FirstAsync());
        var driverId = await _api.ReadAsync(db => db.Set<BusinessDriver>().Select(d => d.Id).FirstAsync());
        var objectiveId = await _api.ReadAsync(db => db.Set<StrategicObjective>().Select(o => o.Id).FirstAsync());

        Assert.Equal([("driverId", "required")], (await _api.CallAsync("rateAlignment", Alignment, new { projectId, rating = "LOW" })).Violations());
        Assert.Equal([("objectiveId", "exclusive"), ("rationale", "maxLength")],
            (await _api.CallAsync("rateAlignment", Alignment, new { projectId, driverId, objectiveId, rating = "LOW", rationale = new string('r', 2001) })).Violations());
        (await _api.CallAsync("rateAlignment", Alignment, new { projectId = 999999, driverId, rating = "LOW" })).SingleError("NotFoundError");
    }
}
