using System.Text.Json;

namespace PmoGraph.Api.Tests.Querying;

public sealed class OffsetPagingTests(PmoApiFactory factory) : IClassFixture<PmoApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("")]
    [InlineData("order: [{ month: DESC }, { actual: ASC }]")]
    [InlineData("order: [{ budget: DESC }], where: { actual: { gt: 0 } }")]
    public async Task FinancialLines_SkipTakeOverEveryPage_EachRowOnceInTheFieldsOrder(string arguments)
    {
        var separator = arguments.Length > 0 ? ", " : "";
        var ids = new List<int>();
        var months = new List<(string Month, decimal Actual, decimal Budget)>();
        int total;
        var skip = 0;
        JsonElement info;
        do
        {
            var segment = (await _client.DataAsync($"{{ financialLines(skip: {skip}, take: 50{separator}{arguments}) {{ totalCount pageInfo {{ hasNextPage hasPreviousPage }} items {{ id month actual budget }} }} }}"))
                .GetProperty("financialLines");
            var items = segment.GetProperty("items").EnumerateArray().ToList();
            info = segment.GetProperty("pageInfo");
            total = segment.GetProperty("totalCount").GetInt32();
            Assert.Equal(skip > 0, info.GetProperty("hasPreviousPage").GetBoolean());
            ids.AddRange(items.Select(i => i.GetProperty("id").GetInt32()));
            months.AddRange(items.Select(i => (i.GetProperty("month").GetString()!, i.GetProperty("actual").GetDecimal(), i.GetProperty("budget").GetDecimal())));
            skip += 50;
        }
        while (info.GetProperty("hasNextPage").GetBoolean());

        Assert.True(total > 100, "the demo data has many financial lines");
        Assert.Equal(total, ids.Count);
        Assert.Equal(total, ids.Distinct().Count());
        if (arguments.Length == 0)
        {
            Assert.Equal(ids.Order(), ids);
        }
        else if (arguments.Contains("month", StringComparison.Ordinal))
        {
            var rows = ids.Zip(months, (id, m) => (Id: id, m.Month, m.Actual)).ToList();
            Assert.Equal(rows.OrderByDescending(r => r.Month, StringComparer.Ordinal).ThenBy(r => r.Actual).ThenBy(r => r.Id), rows);
        }
        else
        {
            Assert.All(months, m => Assert.True(m.Actual > 0));
            var rows = ids.Zip(months, (id, m) => (Id: id, m.Budget)).ToList();
            Assert.Equal(rows.OrderByDescending(r => r.Budget).ThenBy(r => r.Id), rows);
        }
    }

    [Theory]
    [InlineData("skip: -1", "INVALID_OFFSET_PAGING")]
    [InlineData("take: -5", "INVALID_OFFSET_PAGING")]
    [InlineData("take: 51", "PAGE_SIZE_EXCEEDED")]
    public async Task FinancialLines_BadOffsetArguments_AreErrorsWithACodeBeforeAnySql(string paging, string code)
    {
        factory.SqlCommands.Reset();

        var response = await _client.QueryAsync($"{{ financialLines({paging}) {{ items {{ id }} }} }}");

        Assert.Equal([code], response.ErrorCodes());
        Assert.Equal(0, factory.SqlCommands.Count);
    }
}
