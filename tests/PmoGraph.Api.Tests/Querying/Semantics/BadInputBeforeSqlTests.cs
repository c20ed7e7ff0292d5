using System.Text.Json;

namespace PmoGraph.Api.Tests.Querying.Semantics;

/// <summary>
/// Bad <c>where</c>, <c>order</c> and paging arguments on root collections: each is one GraphQL error with a code, no
/// data, and not a single SQL statement sent. (The <c>in</c> list limit, nested and offset paging have their own tests.)
/// </summary>
[Collection(SemanticsTests.Collection)]
public sealed class BadInputBeforeSqlTests(SemanticsFixture fixture)
{
    [Theory]
    // Unknown fields and operators.
    [InlineData("where: { noSuchField: { eq: 1 } }", "ARGUMENTS_OF_CORRECT_TYPE")]
    [InlineData("where: { name: { like: \"Data%\" } }", "ARGUMENTS_OF_CORRECT_TYPE")]
    [InlineData("where: { priority: { contains: 1 } }", "ARGUMENTS_OF_CORRECT_TYPE")]
    [InlineData("where: { stage: { gt: EXECUTING } }", "ARGUMENTS_OF_CORRECT_TYPE")]
    [InlineData("where: { risks: { every: { impact: { eq: 1 } } } }", "ARGUMENTS_OF_CORRECT_TYPE")]
    [InlineData("where: { program: { noSuchField: { eq: \"x\" } } }", "ARGUMENTS_OF_CORRECT_TYPE")]
    // Wrong types, one per scalar filter input.
    [InlineData("where: { priority: { eq: \"high\" } }", "ARGUMENTS_OF_CORRECT_TYPE")]
    [InlineData("where: { priority: { eq: 3000000000 } }", "ARGUMENTS_OF_CORRECT_TYPE")]
    [InlineData("where: { priority: { in: [1, \"two\"] } }", "ARGUMENTS_OF_CORRECT_TYPE")]
    [InlineData("where: { budgetAtCompletion: { gte: \"a lot\" } }", "ARGUMENTS_OF_CORRECT_TYPE")]
    [InlineData("where: { plannedStart: { gt: \"2026-02-30\" } }", "ARGUMENTS_OF_CORRECT_TYPE")]
    [InlineData("where: { plannedStart: { gt: 20260201 } }", "ARGUMENTS_OF_CORRECT_TYPE")]
    [InlineData("where: { isArchived: { eq: 1 } }", "ARGUMENTS_OF_CORRECT_TYPE")]
    [InlineData("where: { name: { eq: 42 } }", "ARGUMENTS_OF_CORRECT_TYPE")]
    [InlineData("where: { externalId: { in: [\"not-a-uuid\"] } }", "ARGUMENTS_OF_CORRECT_TYPE")]
    [InlineData("where: { stage: { in: [EXECUTING, null] } }", "ARGUMENTS_OF_CORRECT_TYPE")]
    [InlineData("where: { stage: { eq: \"EXECUTING\" } }", "ARGUMENTS_OF_CORRECT_TYPE")]
    [InlineData("where: { risks: { any: \"yes\" } }", "ARGUMENTS_OF_CORRECT_TYPE")]
    [InlineData("where: { and: { name: { eq: 1 } } }", "ARGUMENTS_OF_CORRECT_TYPE")]
    // Values only eq and neq accept as null.
    [InlineData("where: { plannedStart: { lt: null } }", "INVALID_FILTER")]
    [InlineData("where: { name: { startsWith: null } }", "INVALID_FILTER")]
    [InlineData("where: { name: { icontains: null } }", "INVALID_FILTER")]
    [InlineData("where: { priority: { nin: null } }", "INVALID_FILTER")]
    [InlineData("where: { program: { name: { ncontains: null } } }", "INVALID_FILTER")]
    // Sorting.
    [InlineData("order: [{ noSuchField: ASC }]", "ARGUMENTS_OF_CORRECT_TYPE")]
    [InlineData("order: [{ risks: ASC }]", "ARGUMENTS_OF_CORRECT_TYPE")]
    [InlineData("order: [{ program: ASC }]", "ARGUMENTS_OF_CORRECT_TYPE")]
    [InlineData("order: [{ name: \"ASC\" }]", "ARGUMENTS_OF_CORRECT_TYPE")]
    // Paging.
    [InlineData("first: -1", "INVALID_PAGING_ARGUMENTS")]
    [InlineData("last: -1", "INVALID_PAGING_ARGUMENTS")]
    [InlineData("first: 51", "PAGE_SIZE_EXCEEDED")]
    [InlineData("last: 51", "PAGE_SIZE_EXCEEDED")]
    [InlineData("first: 1, last: 1", "INVALID_PAGING_ARGUMENTS")]
    [InlineData("first: 1000", "PAGE_SIZE_EXCEEDED")]
    [InlineData("first: 2147483647", "PAGE_SIZE_EXCEEDED")] // checked before the cost rule, which would count the page asked for
    [InlineData("first: 1.5", "ARGUMENTS_OF_CORRECT_TYPE")]
    [InlineData("first: 5, after: \"\"", "INVALID_CURSOR")]
    [InlineData("first: 5, after: \"%%%not base64%%%\"", "INVALID_CURSOR")]
    [InlineData("first: 5, after: \"e30\"", "INVALID_CURSOR")]
    [InlineData("last: 5, before: \"bm90IGEgY3Vyc29y\"", "INVALID_CURSOR")]
    public async Task Projects_BadArgument_IsAnErrorWithACodeAndNoSql(string arguments, string code)
    {
        await AssertRejectedAsync($"{{ projects({arguments}) {{ totalCount nodes {{ id }} }} }}", code);
    }

    [Fact]
    public async Task Projects_CursorFromAnotherOrdering_IsAnErrorWithACodeAndNoSql()
    {
        var cursor = (await fixture.Client.DataAsync("{ projects(first: 3, order: [{ name: ASC }]) { pageInfo { endCursor } } }"))
            .GetProperty("projects").GetProperty("pageInfo").GetProperty("endCursor").GetString();

        await AssertRejectedAsync($"{{ projects(first: 3, after: \"{cursor}\", order: [{{ name: DESC }}]) {{ nodes {{ id }} }} }}", "INVALID_CURSOR");
        await AssertRejectedAsync($"{{ risks(first: 3, after: \"{cursor}\", order: [{{ title: ASC }}]) {{ nodes {{ id }} }} }}", "INVALID_CURSOR");
    }

    [Fact]
    public async Task Projects_WrongTypeInAVariable_IsAnErrorWithACodeAndNoSql()
    {
        fixture.Api.SqlCommands.Reset();

        var response = await fixture.Client.QueryAsync(
            "query($where: ProjectFilterInput) { projects(where: $where) { totalCount } }",
            new { where = new { priority = new { gt = "high" } } });

        Assert.Equal(["INVALID_VALUE"], response.ErrorCodes());
        Assert.Equal(0, fixture.Api.SqlCommands.Count);
    }

    [Theory]
    [InlineData("where: { budgetAtCompletion: { gt: null } }", "INVALID_FILTER")]
    [InlineData("where: { noSuchField: { eq: 1 } }", "ARGUMENTS_OF_CORRECT_TYPE")]
    public async Task ProjectsAggregate_BadWhere_IsAnErrorWithACodeAndNoSql(string arguments, string code)
    {
        await AssertRejectedAsync($"{{ projectsAggregate({arguments}) {{ count }} }}", code);
    }

    private async Task AssertRejectedAsync(string query, string code)
    {
        fixture.Api.SqlCommands.Reset();

        var response = await fixture.Client.QueryAsync(query);

        Assert.Equal([code], response.ErrorCodes());
        Assert.True(!response.TryGetProperty("data", out var data) || data.ValueKind == JsonValueKind.Null, response.ToString());
        Assert.True(fixture.Api.SqlCommands.Count == 0, $"{query} sent SQL:\n{string.Join("\n", fixture.Api.SqlCommands.Texts)}");
    }
}
