using Microsoft.EntityFrameworkCore;
using PmoGraph.Api.Tests.Mutations;
using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Strategy;

namespace PmoGraph.Api.Tests.Strategy;

public sealed class AlignmentQueryTests : IDisposable
{
    private static readonly double[] DefaultScores = [0, 1, 3, 5, 9];

    private readonly MutationTestFactory _api = new();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task DriverWeights_DemoJudgements_MatchAhpOfTheStoredMatrix()
    {
        var data = await _api.Client.DataAsync("{ driverWeights { drivers { driver { code } weight } consistencyRatio isConsistent missingJudgements randomIndex } }");
        var weighting = data.GetProperty("driverWeights");

        // The demo's judgements (DemoStrategyBuilder), drivers in id order: revenue, cost, experience, compliance, engagement.
        var expected = AhpPriorities.Compute(new double[,]
        {
            { 1, 3, 2, 3, 5 },
            { 1.0 / 3, 1, 0.5, 1, 2 },
            { 0.5, 2, 1, 2, 3 },
            { 1.0 / 3, 1, 0.5, 1, 2 },
            { 0.2, 0.5, 1.0 / 3, 0.5, 1 },
        });
        var weights = weighting.GetProperty("drivers").EnumerateArray().Select(d => d.GetProperty("weight").GetDouble()).ToList();
        Assert.Equal(expected.Weights.Select(w => Math.Round(w, 9)), weights.Select(w => Math.Round(w, 9)));
        Assert.Equal(0.41, Math.Round(weights[0], 2));
        Assert.Equal("DRV-REV", weighting.GetProperty("drivers")[0].GetProperty("driver").GetProperty("code").GetString());
        Assert.Equal(expected.ConsistencyRatio, weighting.GetProperty("consistencyRatio").GetDouble(), 9);
        Assert.True(weighting.GetProperty("isConsistent").GetBoolean());
        Assert.Equal(0, weighting.GetProperty("missingJudgements").GetInt32());
        Assert.Equal(1.12, weighting.GetProperty("randomIndex").GetDouble());
    }

    [Fact]
    public async Task DriverWeights_ContradictoryJudgements_AreReportedInconsistent()
    {
        // Revenue 9x cost, cost 9x experience, yet experience 9x revenue: a cycle no weights can honour.
        var drivers = await _api.ReadAsync(db => db.Set<BusinessDriver>().OrderBy(d => d.Id).Select(d => d.Id).Take(3).ToListAsync());
        await JudgeAsync(drivers[0], drivers[1], 9);
        await JudgeAsync(drivers[1], drivers[2], 9);
        await JudgeAsync(drivers[0], drivers[2], 1.0 / 9);

        var weighting = (await _api.Client.DataAsync("{ driverWeights { consistencyRatio isConsistent } }")).GetProperty("driverWeights");

        Assert.True(weighting.GetProperty("consistencyRatio").GetDouble() > 0.1);
        Assert.False(weighting.GetProperty("isConsistent").GetBoolean());
    }

    [Fact]
    public async Task AlignmentMatrix_EachProject_ValueIsWeightTimesScoreOverDrivers()
    {
        var data = await _api.Client.DataAsync(
            "{ driverWeights { drivers { driver { id } weight } } alignmentMatrix { project { id } strategicValue cells { driver { id } rating score weightedScore } } }");
        var weights = data.GetProperty("driverWeights").GetProperty("drivers").EnumerateArray()
            .ToDictionary(d => d.GetProperty("driver").GetProperty("id").GetInt32(), d => d.GetProperty("weight").GetDouble());
        var ratings = await _api.ReadAsync(db => db.Set<ProjectAlignment>().Where(a => a.DriverId != null).ToListAsync());
        var live = await _api.ReadAsync(db => db.Set<Project>().CountAsync(p => !p.IsArchived && p.Stage != LifecycleStage.Closed && p.Stage != LifecycleStage.Cancelled));

        var rows = data.GetProperty("alignmentMatrix").EnumerateArray().ToList();
        Assert.Equal(live, rows.Count);
        foreach (var row in rows)
        {
            var projectId = row.GetProperty("project").GetProperty("id").GetInt32();
            var expected = ratings.Where(r => r.ProjectId == projectId).Sum(r => weights[r.DriverId!.Value] * DefaultScores[(int)r.Rating]);
            Assert.Equal(expected, row.GetProperty("strategicValue").GetDouble(), 9);
            Assert.Equal(weights.Count, row.GetProperty("cells").GetArrayLength());
        }

        Assert.Contains(rows, r => r.GetProperty("strategicValue").GetDouble() > 0);
    }

    [Fact]
    public async Task SpendByDriver_AllocatedBudgets_AddUpToTheAlignedPortfolioOnce()
    {
        var data = await _api.Client.DataAsync("{ spendByDriver { alignedBudget allocatedBudget projects } }");
        var alignedOnce = await _api.ReadAsync(async db =>
        {
            var live = await db.Set<Project>().Where(p => !p.IsArchived && p.Stage != LifecycleStage.Closed && p.Stage != LifecycleStage.Cancelled).ToListAsync();
            var rated = await db.Set<ProjectAlignment>().Where(a => a.DriverId != null && a.Rating != AlignmentRating.None).Select(a => a.ProjectId).Distinct().ToListAsync();
            return live.Where(p => rated.Contains(p.Id)).Sum(p => p.BudgetAtCompletion);
        });

        var rows = data.GetProperty("spendByDriver").EnumerateArray().ToList();
        var allocated = rows.Sum(r => r.GetProperty("allocatedBudget").GetDecimal());
        Assert.InRange(Math.Abs(allocated - alignedOnce), 0m, 0.01m * rows.Count);
        Assert.True(rows.Sum(r => r.GetProperty("alignedBudget").GetDecimal()) >= allocated);
    }

    [Fact]
    public async Task UnservedObjectives_NewObjectiveThenRated_LeavesTheList()
    {
        var goal = await _api.ReadAsync(db => db.Set<StrategicObjective>().Where(o => o.Level == ObjectiveLevel.Goal).OrderBy(o => o.Id).FirstAsync());
        var node = (await _api.CallAsync("createObjective", "objective { id }", new { code = "OBJ-NEW", name = "Enter the moon market", level = "OBJECTIVE", parentId = goal.Id }))
            .Succeeded("objective").Id();
        const string Query = "{ unservedObjectives { id } }";

        var before = (await _api.Client.DataAsync(Query)).GetProperty("unservedObjectives").EnumerateArray().Select(o => o.GetProperty("id").GetInt32()).ToList();
        var project = await _api.ReadAsync(db => db.Set<Project>().Where(p => p.Stage == LifecycleStage.Executing).OrderBy(p => p.Id).FirstAsync());
        (await _api.CallAsync("rateAlignment", "alignment { id }", new { projectId = project.Id, objectiveId = node, rating = "STRONG" })).Succeeded("alignment");
        var after = (await _api.Client.DataAsync(Query)).GetProperty("unservedObjectives").EnumerateArray().Select(o => o.GetProperty("id").GetInt32()).ToList();

        Assert.Contains(node, before);
        Assert.DoesNotContain(node, after);
        Assert.DoesNotContain(goal.Id, before);
    }

    [Fact]
    public async Task UnalignedProjects_AreExactlyTheLiveProjectsWithNoRatingAboveNone()
    {
        var project = await _api.ReadAsync(db => db.Set<Project>().Where(p => p.Stage == LifecycleStage.Proposed).OrderBy(p => p.Id).FirstAsync());
        var ratings = await _api.ReadAsync(db => db.Set<ProjectAlignment>().Where(a => a.ProjectId == project.Id).ToListAsync());
        foreach (var rating in ratings)
        {
            (await _api.CallAsync("rateAlignment", "alignment { id }", new
            {
                projectId = project.Id,
                driverId = rating.DriverId,
                objectiveId = rating.ObjectiveId,
                rating = "NONE",
                version = rating.Version,
            })).Succeeded("alignment");
        }

        var returned = (await _api.Client.DataAsync("{ unalignedProjects { id } }")).GetProperty("unalignedProjects").EnumerateArray().Select(p => p.GetProperty("id").GetInt32()).ToList();
        var expected = await _api.ReadAsync(async db =>
        {
            var aligned = await db.Set<ProjectAlignment>().Where(a => a.Rating != AlignmentRating.None).Select(a => a.ProjectId).Distinct().ToListAsync();
            return await db.Set<Project>()
                .Where(p => !p.IsArchived && p.Stage != LifecycleStage.Closed && p.Stage != LifecycleStage.Cancelled && !aligned.Contains(p.Id))
                .OrderBy(p => p.Id).Select(p => p.Id).ToListAsync();
        });

        Assert.Contains(project.Id, returned);
        Assert.Equal(expected, returned);
    }

    private async Task JudgeAsync(int first, int second, double judgement)
    {
        var version = await _api.ReadAsync(db => db.Set<DriverComparison>()
            .Where(c => c.FirstDriverId == first && c.SecondDriverId == second).Select(c => (long?)c.Version).FirstOrDefaultAsync());
        (await _api.CallAsync("compareDrivers", "comparison { id }", new { firstDriverId = first, secondDriverId = second, judgement, version }))
            .Succeeded("comparison");
    }
}
