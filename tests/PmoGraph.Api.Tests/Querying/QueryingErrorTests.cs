using System.Text.Json;

namespace PmoGraph.Api.Tests.Querying;

public sealed class QueryingErrorTests(PmoApiFactory factory) : IClassFixture<PmoApiFactory>
{
    private static readonly string[] ClosedOrExecuting = ["CLOSED", "EXECUTING"];

    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("where: { budgetAtCompletion: { gt: null } }", "INVALID_FILTER")]
    [InlineData("where: { name: { contains: null } }", "INVALID_FILTER")]
    [InlineData("where: { stage: { in: null } }", "INVALID_FILTER")]
    [InlineData("where: { stage: { eq: NOT_A_STAGE } }", "ARGUMENTS_OF_CORRECT_TYPE")]
    [InlineData("where: { budgetAtCompletion: { gt: \"a lot\" } }", "ARGUMENTS_OF_CORRECT_TYPE")]
    [InlineData("where: { description: { eq: \"not filterable\" } }", "ARGUMENTS_OF_CORRECT_TYPE")]
    [InlineData("order: [{ name: UP }]", "ARGUMENTS_OF_CORRECT_TYPE")]
    [InlineData("order: [{ stage: ASC }]", "ARGUMENTS_OF_CORRECT_TYPE")]
    public async Task Projects_BadWhereOrOrder_IsAnErrorWithACode(string arguments, string code)
    {
        var response = await _client.QueryAsync($"{{ projects({arguments}) {{ totalCount nodes {{ id }} }} }}");

        Assert.Equal([code], response.ErrorCodes());
        Assert.True(!response.TryGetProperty("data", out var data) || data.ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public async Task Projects_WhereAsAVariable_IsAppliedLikeALiteral()
    {
        var literal = await _client.ProjectIdsAsync("where: { stage: { in: [CLOSED, EXECUTING] }, name: { icontains: \"data\" } }");

        var data = await _client.DataAsync(
            "query($where: ProjectFilterInput, $order: [ProjectSortInput!]) { projects(first: 50, where: $where, order: $order) { nodes { id } } }",
            new { where = new { stage = new { @in = ClosedOrExecuting }, name = new { icontains = "data" } }, order = new[] { new { id = "ASC" } } });

        Assert.Equal(literal, data.GetProperty("projects").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()));
        Assert.NotEmpty(literal);
    }
}
