using GraphQL.Types;
using PmoGraph.Schema.Graph;
using PmoGraph.Schema.Mutations;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Schema.Milestones;

internal sealed class MilestoneMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<AddMilestoneInput, AddMilestoneInputType, Milestone, MilestoneType>("addMilestone", "milestone", AddAsync)
            .Description("Adds a milestone to a project's plan.");
        mutation.Update<UpdateMilestoneInput, UpdateMilestoneInputType, Milestone, MilestoneType>("updateMilestone", "milestone", UpdateAsync)
            .Description("Changes a milestone's plan, forecast, earned-value credit or progress.");
        mutation.Mutation<AchieveMilestoneInput, AchieveMilestoneInputType, Milestone, MilestoneType>(
                "achieveMilestone", "milestone", AchieveAsync, typeof(ConcurrencyErrorType), typeof(InvalidTransitionErrorType))
            .Description("Marks a milestone achieved on its actual date, at 100 percent complete.");
    }

    private static async Task<Milestone> AddAsync(AddMilestoneInput input, MutationScope scope, CancellationToken ct)
    {
        scope.Input.Required(input.Name, "name", 200);
        ValidateEarnedValue(scope.Input, input.EarnedValueWeight, input.EarnedValueAmount);
        scope.Input.ThrowIfInvalid();
        await scope.MustExistAsync<Project>(input.ProjectId, "projectId", ct);
        var milestone = new Milestone
        {
            ProjectId = input.ProjectId,
            Name = input.Name.Trim(),
            PlannedDate = input.PlannedDate,
            BaselineDate = input.BaselineDate,
            EarnedValueWeight = input.EarnedValueWeight,
            EarnedValueAmount = input.EarnedValueAmount,
        };
        scope.Db.Add(milestone);
        return milestone;
    }

    private static Task UpdateAsync(UpdateMilestoneInput input, Milestone milestone, MutationScope scope, CancellationToken ct)
    {
        scope.Input.Required(milestone.Name, "name", 200);
        ValidateEarnedValue(scope.Input, milestone.EarnedValueWeight, milestone.EarnedValueAmount);
        scope.Input.Range(milestone.PercentComplete, "percentComplete", 0, 100);
        scope.Input.ThrowIfInvalid();
        if (milestone.ActualDate is not null && milestone.PercentComplete != 100)
        {
            scope.Input.Add("percentComplete", "range", $"Milestone {milestone.Id} is achieved; its 'percentComplete' stays 100.");
        }

        scope.Input.ThrowIfInvalid();
        milestone.Name = milestone.Name.Trim();
        return Task.CompletedTask;
    }

    private static async Task<Milestone> AchieveAsync(AchieveMilestoneInput input, MutationScope scope, CancellationToken ct)
    {
        var milestone = await scope.FindAsync<Milestone>(input.Id, "id", ct);
        scope.ExpectVersion(milestone, input.Version);
        if (milestone.ActualDate is { } reached)
        {
            MutationScope.Fail(new InvalidTransitionError(
                $"Milestone {milestone.Id} was already achieved on {reached:yyyy-MM-dd}.", InvalidTransitionError.Achieved, InvalidTransitionError.Achieved));
        }

        milestone.ActualDate = input.ActualDate ?? scope.Today;
        milestone.PercentComplete = 100;
        return milestone;
    }

    private static void ValidateEarnedValue(InputValidation input, decimal? weight, decimal? amount)
    {
        input.Range(weight, "earnedValueWeight", 0, 1);
        input.NotNegative(amount, "earnedValueAmount");
        if (weight is not null && amount is not null)
        {
            input.Add("earnedValueAmount", "exclusive", "Give 'earnedValueWeight' or 'earnedValueAmount', not both (to switch on an update, send the other as null).");
        }
    }
}
