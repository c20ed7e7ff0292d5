using System.Text.Json;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PmoGraph.Schema.Governance;
using PmoGraph.Schema.Graph;
using PmoGraph.Schema.Mutations;
using PmoGraph.Schema.Organisation;
using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Selection;
using PmoGraph.Schema.Strategy;

namespace PmoGraph.Schema.Scenarios;

internal sealed class ScenarioMutations(IOptions<SelectionOptions> selection, IOptions<AlignmentScoreOptions> scores) : IMutationFields
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<SaveScenarioInput, SaveScenarioInputType, PortfolioScenario, PortfolioScenarioType>("saveScenario", "scenario", SaveAsync)
            .Description("Solves a portfolio selection and saves it as a scenario: its constraints, status, value, cost, proven bound and every candidate with whether it was chosen.");
        mutation.Mutation<CommitScenarioInput, CommitScenarioInputType, PortfolioScenario, PortfolioScenarioType>(
                "commitScenario", "scenario", CommitAsync, typeof(ConcurrencyErrorType), typeof(InvalidTransitionErrorType))
            .Description("Adopts a solved scenario: its chosen projects move to APPROVED (a GO gate each), the other candidates are recorded as deferred (a HOLD gate each), all in one transaction.");
    }

    private async Task<PortfolioScenario> SaveAsync(SaveScenarioInput input, MutationScope scope, CancellationToken ct)
    {
        scope.Input.Required(input.Name, "name", 200);
        scope.Input.MaxLength(input.Description, "description", 4000);
        var (model, settings) = await SelectionResolver.PrepareAsync(selection.Value, scores.Value, scope.Db, input.Selection, scope.Today, scope.Input, ct)
            .ConfigureAwait(false);
        scope.Input.ThrowIfInvalid();
        var result = await Task.Run(() => PortfolioSelection.Run(model!, settings), ct).ConfigureAwait(false);
        var constraints = input.Selection with { TimeLimitSeconds = settings.TimeLimit.TotalSeconds };
        var scenario = new PortfolioScenario
        {
            Name = input.Name.Trim(),
            Description = input.Description,
            Constraints = JsonSerializer.Serialize(constraints, _json),
            Status = result.Optimum.Status switch
            {
                SelectionStatus.Optimal => ScenarioStatus.Optimal,
                SelectionStatus.Feasible => ScenarioStatus.Feasible,
                SelectionStatus.Infeasible => ScenarioStatus.Infeasible,
                _ => ScenarioStatus.Draft,
            },
            TotalValue = Money6(result.TotalValue),
            TotalCost = result.TotalCost,
            BestBound = result.BestBound is { } bound ? Money6(bound) : null,
            CreatedAt = scope.Now,
        };
        scenario.Projects.AddRange(result.Lines.Select(l => new ScenarioProject
        {
            ProjectId = l.Project.Id,
            IsSelected = l.Selected,
            StrategicValue = Money6(l.StrategicValue),
            Cost = l.Cost,
        }));
        scope.Db.Add(scenario);
        return scenario;
    }

    private static async Task<PortfolioScenario> CommitAsync(CommitScenarioInput input, MutationScope scope, CancellationToken ct)
    {
        var scenario = await scope.FindAsync<PortfolioScenario>(input.Id, "id", ct).ConfigureAwait(false);
        scope.ExpectVersion(scenario, input.Version);
        if (scenario.Status is not (ScenarioStatus.Optimal or ScenarioStatus.Feasible))
        {
            MutationScope.Fail(new InvalidTransitionError(
                $"Scenario {scenario.Id} is {SchemaEnumNames.Of(scenario.Status)}; only a solved scenario (OPTIMAL or FEASIBLE) can be committed, and only once.",
                scenario.Status, ScenarioStatus.Committed));
        }

        var lines = await scope.Db.Set<ScenarioProject>().Where(l => l.ScenarioId == scenario.Id).Include(l => l.Project).ToListAsync(ct).ConfigureAwait(false);
        var stale = lines.FirstOrDefault(l => l.IsSelected && (l.Project.IsArchived || l.Project.Stage is not (LifecycleStage.Idea or LifecycleStage.Proposed)));
        if (stale is not null)
        {
            MutationScope.Fail(new InvalidTransitionError(
                $"Project {stale.Project.Code} is {(stale.Project.IsArchived ? "archived" : $"in stage {SchemaEnumNames.Of(stale.Project.Stage)}")} now; the scenario is out of date. Solve a new one.",
                stale.Project.Stage, LifecycleStage.Approved));
        }

        var decider = await scope.Db.Set<Person>().Where(p => p.Subject == scope.Actor).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        foreach (var line in lines.Where(l => !l.Project.IsArchived && l.Project.Stage is LifecycleStage.Idea or LifecycleStage.Proposed))
        {
            var project = line.Project;
            var to = line.IsSelected ? LifecycleStage.Approved : project.Stage;
            scope.Db.Add(new PhaseGate
            {
                ProjectId = project.Id,
                FromStage = project.Stage,
                ToStage = to,
                Decision = line.IsSelected ? GateDecision.Go : GateDecision.Hold,
                DecidedOn = scope.Today,
                DecidedById = decider,
                Notes = line.IsSelected
                    ? $"Selected by portfolio scenario '{scenario.Name}' ({scenario.Id})."
                    : $"Deferred by portfolio scenario '{scenario.Name}' ({scenario.Id}).",
            });
            if (line.IsSelected)
            {
                // Approval freezes the plan as the baseline, as a GO gate into Approved does.
                project.Stage = LifecycleStage.Approved;
                project.BaselineStart ??= project.PlannedStart;
                project.BaselineFinish ??= project.PlannedFinish;
            }
        }

        scenario.Status = ScenarioStatus.Committed;
        scenario.CommittedAt = scope.Now;
        return scenario;
    }

    private static decimal Money6(double value) => Math.Round((decimal)value, 6);
}
