using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Graph;
using PmoGraph.Schema.Mutations;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Schema.Resources;

internal sealed class ResourceMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.Mutation<AllocateResourceInput, AllocateResourceInputType, Allocation, AllocationType>(
                "allocateResource", "allocation", AllocateAsync, typeof(ConcurrencyErrorType))
            .Description(
                "Books a resource's hours on a project for a month, replacing any earlier booking. Hours 0 removes the booking: "
                + "the allocation returned is the removed one (hours 0), or null if there was none.");

    private static async Task<Allocation> AllocateAsync(AllocateResourceInput input, MutationScope scope, CancellationToken ct)
    {
        scope.Input.FirstOfMonth(input.Month, "month");
        scope.Input.NotNegative(input.Hours, "hours");
        scope.Input.ThrowIfInvalid();
        await scope.MustExistAsync<Resource>(input.ResourceId, "resourceId", ct);
        await scope.MustExistAsync<Project>(input.ProjectId, "projectId", ct);
        var allocation = await scope.Db.Set<Allocation>()
            .FirstOrDefaultAsync(a => a.ResourceId == input.ResourceId && a.ProjectId == input.ProjectId && a.Month == input.Month, ct);
        if (allocation is null)
        {
            if (input.Hours == 0)
            {
                // Nothing booked and nothing to book: no change, no audit entry.
                return null!;
            }

            allocation = new Allocation { ResourceId = input.ResourceId, ProjectId = input.ProjectId, Month = input.Month };
            scope.Db.Add(allocation);
        }
        else
        {
            var version = input.Version ?? throw new MutationFailedException(new ConcurrencyError(
                $"Resource {input.ResourceId} is already booked on project {input.ProjectId} for {input.Month:yyyy-MM} "
                + $"(Allocation {allocation.Id}, version {allocation.Version}); send the version you read to change it.",
                nameof(Allocation), allocation.Id, 0, allocation.Version));
            scope.ExpectVersion(allocation, version);
        }

        allocation.Hours = input.Hours;
        if (input.Hours == 0)
        {
            scope.Db.Remove(allocation);
        }

        return allocation;
    }
}
