using GraphQL;
using PmoGraph.Schema.Milestones;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Tests.Querying;

public sealed class KeysetPagerTests
{
    [Fact]
    public async Task PageAsync_QueryTheStoreCannotRun_IsQueryNotTranslatableNotAServerFault()
    {
        // A source EF Core cannot execute fails the way an untranslatable filter does: with InvalidOperationException.
        var source = new[] { new Milestone { Id = 1, Name = "m" } }.AsQueryable();
        var order = SortOrder.Parse(QueryModel.Of(typeof(MilestoneType)), null);

        var error = await Assert.ThrowsAsync<ExecutionError>(() => KeysetPager.PageAsync(source, order, new PageRequest(10, false, null, null), CancellationToken.None));

        Assert.Equal(QueryErrorCodes.QueryNotTranslatable, error.Code);
    }
}
