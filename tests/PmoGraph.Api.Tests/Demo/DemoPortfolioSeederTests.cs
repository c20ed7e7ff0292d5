using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PmoGraph.Api.Demo;
using PmoGraph.Api.Tests.Store;
using PmoGraph.Schema.Audit;
using PmoGraph.Schema.Benefits;
using PmoGraph.Schema.Changes;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Evm;
using PmoGraph.Schema.Financials;
using PmoGraph.Schema.Governance;
using PmoGraph.Schema.Kpis;
using PmoGraph.Schema.Milestones;
using PmoGraph.Schema.Organisation;
using PmoGraph.Schema.Portfolios;
using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Resources;
using PmoGraph.Schema.Risks;
using PmoGraph.Schema.Scenarios;
using PmoGraph.Schema.Strategy;
using PmoGraph.Schema.Surveys;
using ProgramEntity = PmoGraph.Schema.Programs.Program;

namespace PmoGraph.Api.Tests.Demo;

public sealed class DemoPortfolioSeederTests(DemoPortfolioSeederTests.DefaultDemo demo) : IClassFixture<DemoPortfolioSeederTests.DefaultDemo>
{
    private static readonly DateOnly _statusDate = new(2026, 10, 31);
    private static readonly DateOnly _statusMonth = new(2026, 10, 1);

    private PmoDbContext Db => demo.Db;

    [Fact]
    public async Task SeedAsync_DefaultScale_LoadsTheOrganisationAndStructure()
    {
        Assert.True(await Db.Set<Portfolio>().CountAsync() >= 3);
        Assert.True(await Db.Set<ProgramEntity>().CountAsync() >= 8);
        Assert.Equal(60, await Db.Set<Project>().CountAsync());
        Assert.True(await Db.Set<Department>().CountAsync() >= 6);

        var people = await Db.Set<Person>().AsNoTracking().ToListAsync();
        Assert.InRange(people.Count, 40, 50);
        Assert.Equal(people.Count, people.Select(p => p.Email).Distinct().Count());
        Assert.Equal(people.Count, people.Select(p => p.Subject).Distinct().Count());
        Assert.All(people, p => Assert.Matches("^(exec|pgm|pm|team)\\.[a-z]+\\.[a-z]+[0-9]*$", p.Subject));

        var resources = await Db.Set<Resource>().AsNoTracking().ToListAsync();
        Assert.InRange(resources.Count, 30, 40);
        Assert.Contains(resources, r => r.IsGeneric && r.PersonId is null);
        Assert.All(resources.Where(r => !r.IsGeneric), r => Assert.NotNull(r.PersonId));
        Assert.All(resources, r => Assert.InRange(r.MonthlyCapacityHours, 140m, 160m));
        Assert.Contains(resources, r => r.Role == "Project Manager");
    }

    [Fact]
    public async Task SeedAsync_DefaultScale_SpreadsProjectsOverEveryStageWithExecutingLargest()
    {
        var stages = (await Db.Set<Project>().AsNoTracking().Select(p => p.Stage).ToListAsync())
            .GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());

        Assert.All(Enum.GetValues<LifecycleStage>(), stage => Assert.True(stages.GetValueOrDefault(stage) >= 3, $"{stage}: {stages.GetValueOrDefault(stage)}"));
        Assert.Equal(LifecycleStage.Executing, stages.MaxBy(s => s.Value).Key);
    }

    [Fact]
    public async Task SeedAsync_DefaultScale_DatesAgreeWithTheStage()
    {
        var projects = await Db.Set<Project>().AsNoTracking().ToListAsync();

        Assert.All(projects, p => Assert.Equal(_statusDate, p.StatusDate));
        Assert.All(projects, p => Assert.Matches("^PRJ-[0-9]{4}$", p.Code));
        Assert.All(projects.Where(p => p.Stage is LifecycleStage.Idea or LifecycleStage.Proposed), p =>
        {
            Assert.Null(p.BaselineStart);
            Assert.Null(p.ActualStart);
            Assert.NotNull(p.PlannedStart);
        });
        Assert.All(projects.Where(p => p.Stage is LifecycleStage.Approved or LifecycleStage.Planning), p =>
        {
            Assert.NotNull(p.BaselineStart);
            Assert.Null(p.ActualStart);
        });
        Assert.All(projects.Where(p => p.Stage == LifecycleStage.Executing), p =>
        {
            Assert.True(p.ActualStart <= _statusDate);
            Assert.Null(p.ActualFinish);
            Assert.True(p.ForecastFinish > _statusDate);
        });
        Assert.All(projects.Where(p => p.Stage == LifecycleStage.Closed), p =>
        {
            Assert.True(p.ActualFinish <= _statusDate);
            Assert.True(p.ActualStart < p.ActualFinish);
            Assert.Equal(100m, p.PercentComplete);
        });
        Assert.True(projects.Count(p => p.Currency == "EUR") > projects.Count / 2);
        Assert.Contains(projects, p => p.Currency != "EUR");
        Assert.True(projects.Count(p => p.EarnedValueMethod == EarnedValueMethod.WeightedMilestones) > projects.Count / 2);
    }

    [Fact]
    public async Task SeedAsync_DefaultScale_MilestoneWeightsSumToExactlyOnePerProject()
    {
        var milestones = await Db.Set<Milestone>().AsNoTracking().ToListAsync();
        var baselined = await Db.Set<Project>().Where(p => p.BaselineStart != null).Select(p => p.Id).ToListAsync();

        var byProject = milestones.GroupBy(m => m.ProjectId).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal(baselined.Order(), byProject.Keys.Order());
        Assert.All(byProject.Values, list =>
        {
            Assert.InRange(list.Count, 3, 7);
            Assert.Equal(1m, list.Sum(m => m.EarnedValueWeight!.Value));
            Assert.All(list.Where(m => m.ActualDate is not null), m => Assert.True(m.ActualDate <= _statusDate));
        });
    }

    [Fact]
    public async Task SeedAsync_DefaultScale_FinancialLinesSpanMonthsAndStopActualsAtTheStatusMonth()
    {
        var lines = await Db.Set<FinancialLine>().AsNoTracking().ToListAsync();
        var projects = await Db.Set<Project>().AsNoTracking().ToListAsync();

        Assert.True(lines.Select(l => l.Month).Distinct().Count() >= 18);
        Assert.All(lines, l => Assert.Equal(1, l.Month.Day));
        Assert.DoesNotContain(lines, l => l.Month > _statusMonth && l.Actual != 0m);
        Assert.Contains(lines, l => l.CostType == CostType.Capex);
        foreach (var project in projects.Where(p => p.BaselineStart is not null))
        {
            var own = lines.Where(l => l.ProjectId == project.Id).ToList();
            Assert.Equal(project.BudgetAtCompletion, own.Sum(l => l.Budget));
            Assert.DoesNotContain(own, l => l.Actual != 0m && (project.ActualStart is null || l.Month < new DateOnly(project.ActualStart.Value.Year, project.ActualStart.Value.Month, 1)));
        }

        Assert.DoesNotContain(lines, l => projects.Single(p => p.Id == l.ProjectId).BaselineStart is null);
    }

    [Fact]
    public async Task SeedAsync_DefaultScale_CostPerformanceRangesFromRedToGreen()
    {
        var projects = await Db.Set<Project>().AsNoTracking()
            .Where(p => p.Stage == LifecycleStage.Executing || p.Stage == LifecycleStage.Closing || p.Stage == LifecycleStage.Closed)
            .Where(p => p.EarnedValueMethod == EarnedValueMethod.WeightedMilestones || p.EarnedValueMethod == EarnedValueMethod.ZeroHundred)
            .ToListAsync();
        var milestones = await Db.Set<Milestone>().AsNoTracking().ToListAsync();
        var lines = await Db.Set<FinancialLine>().AsNoTracking().ToListAsync();

        // CPI = EV / AC with EV credited by achieved milestones' weights, computed here by hand from the rows.
        var indexes = projects.Select(p =>
        {
            var earned = p.BudgetAtCompletion * milestones.Where(m => m.ProjectId == p.Id && m.ActualDate <= _statusDate).Sum(m => m.EarnedValueWeight!.Value);
            var actual = lines.Where(l => l.ProjectId == p.Id).Sum(l => l.Actual);
            return earned / actual;
        }).ToList();

        Assert.Contains(indexes, cpi => cpi < 0.90m);
        Assert.Contains(indexes, cpi => cpi >= 0.90m && cpi < 0.95m);
        Assert.True(indexes.Count(cpi => cpi >= 0.95m) > indexes.Count / 2, string.Join(", ", indexes.Select(i => i.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task SeedAsync_DefaultScale_FillsRegistersGovernanceAndValue()
    {
        var risks = await Db.Set<Risk>().AsNoTracking().ToListAsync();
        Assert.NotEmpty(risks);
        Assert.All(risks, r =>
        {
            Assert.Equal(0m, (r.Probability * 20m) % 1m);
            Assert.Equal(r.Probability * r.Impact, r.Exposure);
        });
        Assert.True(risks.GroupBy(r => r.ProjectId).All(g => g.Count() <= 8));

        var changes = await Db.Set<ChangeRequest>().AsNoTracking().ToListAsync();
        Assert.Equal(changes.Count, changes.Select(c => c.Code).Distinct().Count());
        Assert.Contains(changes, c => c.Status == ChangeRequestStatus.Approved);

        var dependencies = await Db.Set<ProjectDependency>().AsNoTracking().ToListAsync();
        Assert.True(dependencies.Count(d => d.Kind == DependencyKind.Requires) >= 4);
        Assert.True(dependencies.Count(d => d.Kind == DependencyKind.Excludes) >= 2);
        Assert.DoesNotContain(dependencies, d => d.ProjectId == d.OtherProjectId);

        var cancelled = await Db.Set<Project>().Where(p => p.Stage == LifecycleStage.Cancelled).Select(p => p.Id).ToListAsync();
        var gates = await Db.Set<PhaseGate>().AsNoTracking().ToListAsync();
        Assert.All(cancelled, id => Assert.Contains(gates, g => g.ProjectId == id && g.Decision == GateDecision.Kill));
        Assert.Contains(gates, g => g.Decision == GateDecision.Hold);

        var reports = await Db.Set<StatusReport>().AsNoTracking().ToListAsync();
        var latest = reports.Where(r => r.Period == _statusMonth).ToList();
        Assert.Contains(latest, r => r.State == ReportState.Draft);
        Assert.Contains(latest, r => r.State != ReportState.Draft);
        Assert.True(reports.Count(r => r.State == ReportState.Approved) > reports.Count / 2);
        Assert.Contains(reports, r => r.Overall == Rag.Red);
        Assert.All(reports.Where(r => r.ApprovedAt is not null), r => Assert.True(r.ApprovedAt > r.SubmittedAt && r.ApprovedAt < new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc)));

        var thresholds = await Db.Set<RagThreshold>().AsNoTracking().ToListAsync();
        Assert.Equal(["CPI", "SPI"], thresholds.Select(t => t.Metric).Order());
        Assert.All(thresholds, t => Assert.Equal((0.95m, 0.90m), (t.GreenFrom, t.AmberFrom)));

        Assert.True(await Db.Set<Document>().CountAsync() > 60);
        Assert.True(await Db.Set<BenefitMeasurement>().AnyAsync());
        var responses = await Db.Set<SurveyResponse>().AsNoTracking().ToListAsync();
        Assert.True(responses.GroupBy(r => r.SurveyId).All(g => g.Count() is >= 3 and <= 12));
    }

    [Fact]
    public async Task SeedAsync_DefaultScale_BooksSomeResourcesOverCapacity()
    {
        var allocations = await Db.Set<Allocation>().AsNoTracking().ToListAsync();
        var capacity = await Db.Set<Resource>().ToDictionaryAsync(r => r.Id, r => r.MonthlyCapacityHours);

        var loads = allocations.GroupBy(a => (a.ResourceId, a.Month)).Select(g => (g.Key.ResourceId, Hours: g.Sum(a => a.Hours))).ToList();
        Assert.Contains(loads, l => l.Hours > capacity[l.ResourceId]);
        Assert.True(loads.Count(l => l.Hours <= capacity[l.ResourceId]) > loads.Count / 2);
    }

    [Fact]
    public async Task SeedAsync_DefaultScale_BuildsTheStrategyAndLeavesGapsToFind()
    {
        var objectives = await Db.Set<StrategicObjective>().AsNoTracking().ToListAsync();
        Assert.Equal(3, objectives.Count(o => o.Level == ObjectiveLevel.Goal));
        Assert.Equal(7, objectives.Count(o => o.Level == ObjectiveLevel.Objective));
        Assert.All(objectives.Where(o => o.Level == ObjectiveLevel.KeyResult), kr =>
        {
            Assert.NotNull(kr.Metric);
            Assert.NotNull(kr.Target);
        });

        var drivers = await Db.Set<BusinessDriver>().Select(d => d.Id).ToListAsync();
        var comparisons = await Db.Set<DriverComparison>().AsNoTracking().ToListAsync();
        Assert.Equal(drivers.Count * (drivers.Count - 1) / 2, comparisons.Count);
        Assert.All(comparisons, c => Assert.True(c.FirstDriverId < c.SecondDriverId));

        var alignments = await Db.Set<ProjectAlignment>().AsNoTracking().ToListAsync();
        var projectIds = await Db.Set<Project>().Select(p => p.Id).ToListAsync();
        Assert.Equal(2, projectIds.Count(id => alignments.All(a => a.ProjectId != id)));
        var served = alignments.Where(a => a.ObjectiveId is not null).Select(a => a.ObjectiveId).ToHashSet();
        Assert.Equal(2, objectives.Count(o => o.Level == ObjectiveLevel.Objective && !served.Contains(o.Id)));
    }

    [Fact]
    public async Task SeedAsync_DefaultScale_LeavesScenariosEmptyAndAuditsOnlyTheCloses()
    {
        Assert.False(await Db.Set<PortfolioScenario>().AnyAsync());
        Assert.False(await Db.Set<ScenarioProject>().AnyAsync());
        Assert.False(await Db.Set<AuditEntry>().AnyAsync(a => a.Actor != DemoHistory.Actor || !a.Action.StartsWith("closePeriod")));
    }

    [Fact]
    public async Task SeedAsync_SameScaleTwice_WritesIdenticalRows()
    {
        await using var other = await DemoStore.OpenAsync();
        await other.Seeder.SeedAsync(DemoScale.Default, null, CancellationToken.None);

        Assert.Equal(await FingerprintAsync(Db), await FingerprintAsync(other.Db));
    }

    [Fact]
    public async Task SeedAsync_OtherSeed_WritesDifferentRows()
    {
        await using var other = await DemoStore.OpenAsync();
        await other.Seeder.SeedAsync(DemoScale.Default with { Seed = 7 }, null, CancellationToken.None);

        Assert.NotEqual(await FingerprintAsync(Db), await FingerprintAsync(other.Db));
    }

    [Fact]
    public async Task SeedIfEmptyAsync_NonEmptyStore_ReturnsFalseAndAddsNothing()
    {
        var before = await FingerprintAsync(Db);

        var seeded = await demo.Seeder.SeedIfEmptyAsync(DemoScale.Default, CancellationToken.None);

        Assert.False(seeded);
        Assert.Equal(before, await FingerprintAsync(Db));
    }

    [Fact]
    public async Task SeedIfEmptyAsync_EmptyStore_LoadsAndReturnsTrue()
    {
        await using var empty = await DemoStore.OpenAsync();

        Assert.True(await empty.Seeder.SeedIfEmptyAsync(new DemoScale(20), CancellationToken.None));
        Assert.Equal(20, await empty.Db.Set<Project>().CountAsync());
    }

    [Fact]
    public async Task SeedAsync_SeveralBatches_ReportsEachAndKeepsCodesUnique()
    {
        await using var other = await DemoStore.OpenAsync();
        var progress = new RecordingProgress();

        await other.Seeder.SeedAsync(new DemoScale(205), progress, CancellationToken.None);

        Assert.Equal([(0, 4), (1, 4), (2, 4), (3, 4), (4, 4)], progress.Reports);
        Assert.Equal(205, await other.Db.Set<Project>().CountAsync());
        Assert.Equal(205 / 7, await other.Db.Set<ProgramEntity>().CountAsync());
        Assert.Equal(143, await other.Db.Set<Person>().CountAsync());
        var codes = await other.Db.Set<ChangeRequest>().Select(c => c.Code).ToListAsync();
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    private static async Task<string> FingerprintAsync(PmoDbContext db)
    {
        var projects = await db.Set<Project>().AsNoTracking().OrderBy(p => p.Code).ToListAsync();
        var lines = await db.Set<FinancialLine>().AsNoTracking().ToListAsync();
        var risks = await db.Set<Risk>().AsNoTracking().ToListAsync();
        var people = await db.Set<Person>().AsNoTracking().OrderBy(p => p.Id).Select(p => p.Subject).ToListAsync();
        var counts = new[]
        {
            await db.Set<Milestone>().CountAsync(), await db.Set<Allocation>().CountAsync(), await db.Set<StatusReport>().CountAsync(),
            await db.Set<PhaseGate>().CountAsync(), await db.Set<Document>().CountAsync(), await db.Set<Benefit>().CountAsync(),
            await db.Set<BenefitMeasurement>().CountAsync(), await db.Set<SurveyResponse>().CountAsync(), await db.Set<ProjectAlignment>().CountAsync(),
            await db.Set<ProjectDependency>().CountAsync(), await db.Set<ChangeRequest>().CountAsync(), await db.Set<Resource>().CountAsync(),
        };
        return string.Join('|', projects.Select(p => $"{p.Code};{p.Name};{p.Stage};{p.BudgetAtCompletion};{p.BaselineStart};{p.ActualStart};{p.ManagerId}"))
            + $"#{lines.Count};{lines.Sum(l => l.Budget)};{lines.Sum(l => l.Forecast)};{lines.Sum(l => l.Actual)}"
            + $"#{risks.Count};{risks.Sum(r => r.CostExposure)}#{string.Join(',', people)}#{string.Join(',', counts)}";
    }

    /// <summary>The default demo, seeded once for the tests that only read it.</summary>
    public sealed class DefaultDemo : IAsyncLifetime
    {
        private DemoStore _store = null!;

        public PmoDbContext Db => _store.Db;

        public DemoPortfolioSeeder Seeder => _store.Seeder;

        public async Task InitializeAsync()
        {
            _store = await DemoStore.OpenAsync();
            await _store.Seeder.SeedAsync(DemoScale.Default, null, CancellationToken.None);
        }

        public async Task DisposeAsync() => await _store.DisposeAsync();
    }

    private sealed class RecordingProgress : IProgress<(int Done, int Total)>
    {
        public List<(int Done, int Total)> Reports { get; } = [];

        public void Report((int Done, int Total) value) => Reports.Add(value);
    }

    /// <summary>A migrated store of its own on the run's provider (<see cref="TestDatabase"/>).</summary>
    private sealed class DemoStore : IAsyncDisposable
    {
        private readonly TestDatabase _database;

        private DemoStore(TestDatabase database)
        {
            _database = database;
            Db = new PmoDbContext(database.ContextOptions());
            Seeder = new DemoPortfolioSeeder(Db, Options.Create(new KpiOptions()), NullLoggerFactory.Instance);
        }

        public PmoDbContext Db { get; }

        public DemoPortfolioSeeder Seeder { get; }

        public static async Task<DemoStore> OpenAsync()
        {
            var store = new DemoStore(TestDatabase.Create());
            await store.Db.Database.MigrateAsync();
            return store;
        }

        public async ValueTask DisposeAsync()
        {
            await Db.DisposeAsync();
            _database.Dispose();
        }
    }
}
