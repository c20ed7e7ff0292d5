using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Graph;
using PmoGraph.Schema.Mutations;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Schema.Strategy;

internal sealed class StrategyMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        var concurrency = typeof(ConcurrencyErrorType);
        mutation.Mutation<CreateObjectiveInput, CreateObjectiveInputType, StrategicObjective, StrategicObjectiveType>("createObjective", "objective", CreateObjectiveAsync)
            .Description("Adds a goal, an objective under a goal, or a key result under an objective to the strategy tree.");
        mutation.Update<UpdateObjectiveInput, UpdateObjectiveInputType, StrategicObjective, StrategicObjectiveType>("updateObjective", "objective", UpdateObjectiveAsync)
            .Description("Changes a node of the strategy tree: its name, description, parent, or a key result's metric and values.");
        mutation.Mutation<CreateDriverInput, CreateDriverInputType, BusinessDriver, BusinessDriverType>("createDriver", "driver", CreateDriverAsync)
            .Description("Adds a business driver projects are weighed by.");
        mutation.Update<UpdateDriverInput, UpdateDriverInputType, BusinessDriver, BusinessDriverType>("updateDriver", "driver", UpdateDriverAsync)
            .Description("Changes a business driver's name or description, or takes it in or out of weighting.");
        mutation.Mutation<CompareDriversInput, CompareDriversInputType, DriverComparison, DriverComparisonType>("compareDrivers", "comparison", CompareAsync, concurrency)
            .Description("Records how much more important one business driver is than another, replacing any earlier judgement of the pair, and re-weighs the drivers by AHP in the same change: the stored weights are replaced only when the judgements stay consistent (consistency ratio at most 0.1).");
        mutation.Mutation<RateAlignmentInput, RateAlignmentInputType, ProjectAlignment, ProjectAlignmentType>("rateAlignment", "alignment", RateAsync, concurrency)
            .Description("Rates how strongly a project serves a business driver or a strategic objective, replacing any earlier rating.");
    }

    private static async Task<StrategicObjective> CreateObjectiveAsync(CreateObjectiveInput input, MutationScope scope, CancellationToken ct)
    {
        scope.Input.Code(input.Code, "code");
        ValidateNode(scope.Input, input.Name, input.Description, input.Metric);
        if (await scope.Db.Set<StrategicObjective>().AnyAsync(o => o.Code == input.Code, ct))
        {
            scope.Input.Add("code", "unique", $"An objective with code '{input.Code}' already exists.");
        }

        await ObjectiveTree.CheckParentAsync(scope, input.Level, input.ParentId, null, ct);
        var objective = new StrategicObjective { Code = input.Code, Name = input.Name.Trim(), Level = input.Level };
        Apply(objective, input.Description, input.ParentId, input.Metric, input.Baseline, input.Target, input.Current);
        scope.Db.Add(objective);
        return objective;
    }

    private static async Task UpdateObjectiveAsync(UpdateObjectiveInput input, StrategicObjective objective, MutationScope scope, CancellationToken ct)
    {
        ValidateNode(scope.Input, objective.Name, objective.Description, objective.Metric);
        scope.Input.ThrowIfInvalid();
        await ObjectiveTree.CheckParentAsync(scope, objective.Level, objective.ParentId, objective.Id, ct);
        objective.Name = objective.Name.Trim();
    }

    private static async Task<BusinessDriver> CreateDriverAsync(CreateDriverInput input, MutationScope scope, CancellationToken ct)
    {
        scope.Input.Code(input.Code, "code");
        scope.Input.Required(input.Name, "name", 200);
        scope.Input.MaxLength(input.Description, "description", 4000);
        if (await scope.Db.Set<BusinessDriver>().AnyAsync(d => d.Code == input.Code, ct))
        {
            scope.Input.Add("code", "unique", $"A business driver with code '{input.Code}' already exists.");
        }

        scope.Input.ThrowIfInvalid();
        var driver = new BusinessDriver { Code = input.Code, Name = input.Name.Trim(), Description = input.Description };
        scope.Db.Add(driver);
        return driver;
    }

    private static async Task UpdateDriverAsync(UpdateDriverInput input, BusinessDriver driver, MutationScope scope, CancellationToken ct)
    {
        scope.Input.Required(driver.Name, "name", 200);
        scope.Input.MaxLength(driver.Description, "description", 4000);
        scope.Input.ThrowIfInvalid();
        driver.Name = driver.Name.Trim();
        if (driver.IsActive != scope.Stored(driver, d => d.IsActive))
        {
            // Taking a driver in or out of weighting changes the comparison matrix: the weights follow in this change.
            await DriverWeights.RefreshAsync(scope.Db, "updateDriver", scope.Now, ct);
        }
    }

    private static async Task<DriverComparison> CompareAsync(CompareDriversInput input, MutationScope scope, CancellationToken ct)
    {
        if (input.FirstDriverId == input.SecondDriverId)
        {
            scope.Input.Add("secondDriverId", "distinct", "A driver is not compared with itself; 'secondDriverId' must differ from 'firstDriverId'.");
        }

        var point = SaatyScale.Snap(input.Judgement);
        if (point is null)
        {
            scope.Input.Add("judgement", "scale", $"'judgement' must be on Saaty's scale (1 to 9 or 1/2 to 1/9); it is {input.Judgement}.");
        }

        scope.Input.ThrowIfInvalid();
        await scope.MustExistAsync<BusinessDriver>(input.FirstDriverId, "firstDriverId", ct);
        await scope.MustExistAsync<BusinessDriver>(input.SecondDriverId, "secondDriverId", ct);

        // Stored once per pair, lower id first; the judgement flips with the order.
        var swap = input.FirstDriverId > input.SecondDriverId;
        var (first, second) = swap ? (input.SecondDriverId, input.FirstDriverId) : (input.FirstDriverId, input.SecondDriverId);
        var (step, reciprocal) = point!.Value;
        var judgement = SaatyScale.Value((step, step != 1 && reciprocal != swap));
        var comparison = await scope.Db.Set<DriverComparison>().FirstOrDefaultAsync(c => c.FirstDriverId == first && c.SecondDriverId == second, ct);
        if (comparison is null)
        {
            comparison = new DriverComparison { FirstDriverId = first, SecondDriverId = second };
            scope.Db.Add(comparison);
        }
        else
        {
            ExpectUpsertVersion(scope, comparison, input.Version, $"Drivers {first} and {second} are already compared");
        }

        comparison.Judgement = judgement;

        // The judgement is always recorded (an inconsistent matrix is reported, not refused, so the EPMO can fix it
        // pair by pair); the stored weights change only when the new matrix is consistent.
        await DriverWeights.RefreshAsync(scope.Db, "compareDrivers", scope.Now, ct);
        return comparison;
    }

    private static async Task<ProjectAlignment> RateAsync(RateAlignmentInput input, MutationScope scope, CancellationToken ct)
    {
        if (input.DriverId is null && input.ObjectiveId is null)
        {
            scope.Input.Add("driverId", "required", "Give 'driverId' or 'objectiveId': what the project is rated against.");
        }
        else if (input.DriverId is not null && input.ObjectiveId is not null)
        {
            scope.Input.Add("objectiveId", "exclusive", "Give 'driverId' or 'objectiveId', not both; rate each separately.");
        }

        scope.Input.MaxLength(input.Rationale, "rationale", 2000);
        scope.Input.ThrowIfInvalid();
        await scope.MustExistAsync<Project>(input.ProjectId, "projectId", ct);
        await scope.MustExistAsync<BusinessDriver>(input.DriverId, "driverId", ct);
        await scope.MustExistAsync<StrategicObjective>(input.ObjectiveId, "objectiveId", ct);
        var alignment = await scope.Db.Set<ProjectAlignment>()
            .FirstOrDefaultAsync(a => a.ProjectId == input.ProjectId && a.DriverId == input.DriverId && a.ObjectiveId == input.ObjectiveId, ct);
        if (alignment is null)
        {
            alignment = new ProjectAlignment { ProjectId = input.ProjectId, DriverId = input.DriverId, ObjectiveId = input.ObjectiveId };
            scope.Db.Add(alignment);
        }
        else
        {
            ExpectUpsertVersion(scope, alignment, input.Version, $"Project {input.ProjectId} is already rated against it");
        }

        alignment.Rating = input.Rating;
        alignment.Rationale = input.Rationale;
        return alignment;
    }

    private static void ValidateNode(InputValidation input, string name, string? description, string? metric)
    {
        input.Required(name, "name", 200);
        input.MaxLength(description, "description", 4000);
        input.MaxLength(metric, "metric", 200);
    }

    private static void Apply(StrategicObjective objective, string? description, int? parentId, string? metric, decimal? baseline, decimal? target, decimal? current)
    {
        objective.Description = description;
        objective.ParentId = parentId;
        objective.Metric = metric;
        objective.Baseline = baseline;
        objective.Target = target;
        objective.Current = current;
    }

    /// <summary>An upsert that finds the row already there changes it only with the version the client read.</summary>
    private static void ExpectUpsertVersion(MutationScope scope, Common.VersionedEntity existing, long? version, string what)
    {
        if (version is not { } read)
        {
            throw new MutationFailedException(new ConcurrencyError(
                $"{what} ({existing.GetType().Name} {existing.Id}, version {existing.Version}); send the version you read to change it.",
                existing.GetType().Name, existing.Id, 0, existing.Version));
        }

        scope.ExpectVersion(existing, read);
    }
}
