using GraphQL.Types;
using PmoGraph.Schema.Graph;
using PmoGraph.Schema.Mutations;
using PmoGraph.Schema.Organisation;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Schema.Risks;

internal sealed class RiskMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<RaiseRiskInput, RaiseRiskInputType, Risk, RiskType>("raiseRisk", "risk", RaiseAsync)
            .Description("Raises a risk in a project's register, computing its exposure and cost exposure.");
        mutation.Update<UpdateRiskInput, UpdateRiskInputType, Risk, RiskType>(
                "updateRisk", "risk", UpdateAsync, typeof(InvalidTransitionErrorType))
            .Description("Reassesses an open risk: probability, impact, owner, mitigation and status.");
        mutation.Mutation<CloseRiskInput, CloseRiskInputType, Risk, RiskType>(
                "closeRisk", "risk", CloseAsync, typeof(ConcurrencyErrorType), typeof(InvalidTransitionErrorType))
            .Description("Closes a risk that no longer threatens the project.");
    }

    private static async Task<Risk> RaiseAsync(RaiseRiskInput input, MutationScope scope, CancellationToken ct)
    {
        Validate(scope.Input, input.Title, input.Description, input.Probability, input.Impact, input.CostImpact, input.Mitigation);
        scope.Input.ThrowIfInvalid();
        await scope.MustExistAsync<Project>(input.ProjectId, "projectId", ct);
        await scope.MustExistAsync<Person>(input.OwnerId, "ownerId", ct);
        var risk = new Risk
        {
            ProjectId = input.ProjectId,
            Title = input.Title.Trim(),
            Status = RiskStatus.Open,
            RaisedOn = input.RaisedOn ?? scope.Today,
        };
        Assess(risk, input.Description, input.Probability, input.Impact, input.CostImpact, input.OwnerId, input.Mitigation);
        scope.Db.Add(risk);
        return risk;
    }

    private static async Task UpdateAsync(UpdateRiskInput input, Risk risk, MutationScope scope, CancellationToken ct)
    {
        var from = scope.Stored(risk, r => r.Status);
        if (from is RiskStatus.Closed || risk.Status is RiskStatus.Closed)
        {
            MutationScope.Fail(new InvalidTransitionError(
                from is RiskStatus.Closed ? $"Risk {risk.Id} is closed and can no longer change." : "Close a risk with closeRisk.",
                from, risk.Status));
        }

        // The cost impact is not stored, only its product with the probability: left out, it is read back from that.
        var storedProbability = scope.Stored(risk, r => r.Probability);
        var costImpact = input.Has(nameof(UpdateRiskInput.CostImpact))
            ? input.CostImpact
            : storedProbability != 0 ? scope.Stored(risk, r => r.CostExposure) / storedProbability : null;
        if (input.Has(nameof(UpdateRiskInput.CostImpact)) && input.CostImpact is null)
        {
            scope.Input.Add("costImpact", "notNullable", $"'costImpact' cannot be cleared; leave it out to keep Risk {risk.Id}'s value.");
        }
        else if (costImpact is null && risk.Probability != storedProbability)
        {
            scope.Input.Add("costImpact", "required", $"Risk {risk.Id} has probability 0, so its cost impact is not known; give 'costImpact' with the new probability.");
        }

        Validate(scope.Input, risk.Title, risk.Description, risk.Probability, risk.Impact, costImpact ?? 0, risk.Mitigation);
        scope.Input.ThrowIfInvalid();
        await scope.MustExistAsync<Person>(risk.OwnerId, "ownerId", ct);
        risk.Title = risk.Title.Trim();
        Assess(risk, risk.Description, risk.Probability, risk.Impact, costImpact ?? 0, risk.OwnerId, risk.Mitigation);
    }

    private static async Task<Risk> CloseAsync(CloseRiskInput input, MutationScope scope, CancellationToken ct)
    {
        var risk = await scope.FindAsync<Risk>(input.Id, "id", ct);
        scope.ExpectVersion(risk, input.Version);
        if (risk.Status is RiskStatus.Closed)
        {
            MutationScope.Fail(new InvalidTransitionError(
                $"Risk {risk.Id} was already closed on {risk.ClosedOn:yyyy-MM-dd}.", RiskStatus.Closed, RiskStatus.Closed));
        }

        var closedOn = input.ClosedOn ?? scope.Today;
        scope.Input.InOrder(risk.RaisedOn, closedOn, "raisedOn", "closedOn");
        scope.Input.ThrowIfInvalid();
        risk.Status = RiskStatus.Closed;
        risk.ClosedOn = closedOn;
        return risk;
    }

    private static void Validate(
        InputValidation input, string title, string? description, decimal probability, int impact, decimal costImpact, string? mitigation)
    {
        input.Required(title, "title", 200);
        input.MaxLength(description, "description", 4000);
        input.Range(probability, "probability", 0, 1);
        input.Range(impact, "impact", 1, 5);
        input.NotNegative(costImpact, "costImpact");
        input.MaxLength(mitigation, "mitigation", 4000);
    }

    private static void Assess(
        Risk risk, string? description, decimal probability, int impact, decimal costImpact, int? ownerId, string? mitigation)
    {
        risk.Description = description;
        risk.Probability = probability;
        risk.Impact = impact;
        risk.Exposure = probability * impact;
        risk.CostExposure = probability * costImpact;
        risk.OwnerId = ownerId;
        risk.Mitigation = mitigation;
    }
}
