using PmoGraph.Schema.Data;
using PmoGraph.Schema.Strategy;

namespace PmoGraph.Api.Demo;

/// <summary>
/// Writes the rows projects refer to (organisation, structure, strategy, standards) in one save and returns their ids.
/// </summary>
internal sealed class DemoReferenceLoader(PmoDbContext db, DemoRun run)
{
    public async Task<DemoDirectory> LoadAsync(CancellationToken cancellationToken)
    {
        var organisation = new DemoOrganisationBuilder(run.Random, run.Sizing);
        organisation.Build();
        var structure = new DemoStructureBuilder(run.Sizing);
        structure.Build(organisation.Executives, organisation.ProgramManagers);
        var strategy = new DemoStrategyBuilder();
        strategy.Build();

        db.AddRange(organisation.Departments);
        db.AddRange(organisation.Executives);
        db.AddRange(organisation.ProgramManagers);
        db.AddRange(organisation.ProjectManagers);
        db.AddRange(organisation.Specialists);
        db.AddRange(organisation.Resources);
        db.AddRange(structure.Portfolios);
        db.AddRange(structure.Programs);
        db.AddRange(strategy.Nodes);
        db.AddRange(strategy.Drivers);
        db.AddRange(strategy.Comparisons);
        db.AddRange(DemoStandards.CreateStandards());
        db.AddRange(DemoStandards.CreateRagThresholds());
        run.Tally.Count(db.ChangeTracker);
        await db.SaveChangesAsync(cancellationToken);

        // The judgements are stored: weigh the drivers as the compareDrivers mutation does, at noon (UTC) of the demo's status date.
        await DriverWeights.RefreshAsync(db, "seed", DemoCalendar.StatusDate.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc), cancellationToken);
        db.ChangeTracker.DetectChanges();
        run.Tally.Count(db.ChangeTracker);
        await db.SaveChangesAsync(cancellationToken);

        var directory = new DemoDirectory
        {
            DepartmentIds = [.. organisation.Departments.Select(d => d.Id)],
            ExecutiveIds = [.. organisation.Executives.Select(p => p.Id)],
            ProjectManagerIds = [.. organisation.ProjectManagers.Select(p => p.Id)],
            SpecialistIds = [.. organisation.Specialists.Select(p => p.Id)],
            ProgramIds = [.. structure.Programs.Select(p => p.Id)],
            ProgramThemes = [.. structure.ProgramThemes],
            ProgramNames = [.. structure.Programs.Select(p => p.Name)],
            ResourceIds = [.. organisation.Resources.Select(r => r.Id)],
            DriverIds = [.. strategy.Drivers.Select(d => d.Id)],
            ObjectiveIds = [.. strategy.ObjectiveNodes.Select(o => o.Id)],
            Standards = DemoStandards.Required,
        };
        db.ChangeTracker.Clear();
        return directory;
    }
}
