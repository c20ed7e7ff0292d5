using System.Linq.Expressions;
using System.Text.Json;
using GraphQL.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PmoGraph.Api.Tests.Security;
using PmoGraph.Schema.Authorization;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Portfolios;
using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Api.Tests.Querying.Plans;

/// <summary>
/// The compiled path's statement cache: a repeated request reuses its root fields' statements, and a request that
/// differs in anything its statement depends on (a variable's value or type, the caller's row scope) never does. The
/// factory runs in differential mode, so every answer here, hit or miss, is also checked byte for byte against the
/// executor's for the same caller.
/// </summary>
public sealed class CompiledStatementCacheTests(PmoApiFactory factory) : IClassFixture<PmoApiFactory>
{
    private const string ById = """
        query ById($id: Int!) { project(id: $id) { id code name stage budgetAtCompletion program { name portfolio { name } }
            milestones(first: 5) { nodes { name plannedDate } } risks(first: 5) { totalCount nodes { title exposure status } } } }
        """;

    private const string Mixed = """
        query Mixed($first: Int, $stages: [LifecycleStage!], $after: String) {
          projects(first: $first, after: $after, where: { stage: { in: $stages } }, order: [{ budgetAtCompletion: DESC }]) {
            totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id code stage budgetAtCompletion } } }
          projectsAggregate(where: { stage: { in: $stages } }, groupBy: [{ stage: true }]) { count sum { budgetAtCompletion } groups { key { stage } count } }
          programs(first: 3) { nodes { name projectsAggregate { count } projects(first: $first) { nodes { code } } } } }
        """;

    private static readonly string[] AllStages = ["IDEA", "PROPOSED", "APPROVED", "PLANNING", "EXECUTING", "CLOSING", "CLOSED", "CANCELLED"];

    private CompiledStatementCache Cache => factory.Services.GetRequiredService<CompiledStatementCache>();

    [Fact]
    public async Task SameRequestTwice_SecondReusesItsStatements_AndAnswersTheSame()
    {
        var client = factory.CreateClient();
        var variables = new { first = 7, stages = new[] { "EXECUTING", "PLANNING" } };
        var first = await client.QueryAsync(Mixed, variables);
        var hits = Cache.Hits;

        var second = await client.QueryAsync(Mixed, variables);

        Assert.False(first.TryGetProperty("errors", out _), first.ToString());
        Assert.Equal(first.ToString(), second.ToString());
        Assert.Equal(hits + 3, Cache.Hits);
    }

    [Fact]
    public async Task DifferentVariables_EachGetsItsOwnStatement_AndItsOwnAnswer()
    {
        var client = factory.CreateClient();
        var answers = new Dictionary<int, string>();
        foreach (var id in new[] { 1, 2, 3, 1, 2, 3 })
        {
            var response = await client.QueryAsync(ById, new { id });
            Assert.False(response.TryGetProperty("errors", out _), response.ToString());
            var text = response.ToString();
            if (answers.TryGetValue(id, out var earlier))
            {
                Assert.Equal(earlier, text);
            }
            else
            {
                Assert.Equal(id, response.GetProperty("data").GetProperty("project").GetProperty("id").GetInt32());
                answers[id] = text;
            }
        }

        Assert.Equal(3, answers.Values.Distinct().Count());
    }

    [Fact]
    public async Task PagingOnWithTheCursorsItGives_EveryPageIsTheExecutors()
    {
        var client = factory.CreateClient();
        string? after = null;
        var pages = 0;
        var hits = 0L;
        for (var round = 0; round < 2; round++)
        {
            // The second walk sends the first's requests again: every root field of every page is a kept statement.
            hits = Cache.Hits;
            pages = 0;
            do
            {
                var response = await client.QueryAsync(Mixed, new { first = 20, stages = AllStages, after });
                Assert.False(response.TryGetProperty("errors", out _), response.ToString());
                var info = response.GetProperty("data").GetProperty("projects").GetProperty("pageInfo");
                after = info.GetProperty("hasNextPage").GetBoolean() ? info.GetProperty("endCursor").GetString() : null;
                pages++;
            }
            while (after is not null);
        }

        Assert.True(pages > 2);
        Assert.Equal(hits + (3 * pages), Cache.Hits);
    }

    [Fact]
    public async Task ManagersOfDifferentPortfolios_NeverShareAStatement_EachReadsOnlyItsOwnRows()
    {
        var owners = await factory.ReadAsync(db => db.Set<Portfolio>().Where(p => p.Owner != null && p.Owner.Subject != null)
            .Select(p => p.Owner!.Subject!).Distinct().OrderBy(s => s).Take(2).ToListAsync());
        Assert.Equal(2, owners.Count);
        const string Query = "{ projects(first: 50, order: [{ id: ASC }]) { totalCount nodes { id program { portfolio { id } } } } }";
        var seen = new List<int[]>();
        foreach (var owner in owners)
        {
            var client = factory.CreateClientFor(PmoRoles.PortfolioManager, owner);
            var misses = Cache.Misses;
            var response = await client.QueryAsync(Query);
            Assert.Equal(misses + 1, Cache.Misses);
            var again = await client.QueryAsync(Query);

            Assert.False(response.TryGetProperty("errors", out _), response.ToString());
            Assert.Equal(response.ToString(), again.ToString());
            var own = await factory.ReadAsync(db => db.Set<Portfolio>().Where(p => p.Owner!.Subject == owner).Select(p => p.Id).ToListAsync());
            var nodes = response.GetProperty("data").GetProperty("projects").GetProperty("nodes").EnumerateArray().ToList();
            Assert.All(nodes, n => Assert.Contains(n.GetProperty("program").GetProperty("portfolio").GetProperty("id").GetInt32(), own));
            seen.Add([.. nodes.Select(n => n.GetProperty("id").GetInt32())]);
        }

        Assert.NotEqual(seen[0], seen[1]);
    }

    [Fact]
    public void RowRules_ReadNothingOfTheCallerButWhatRuleInputsWritesDown()
    {
        // An allow-list: the rules may use the context only as context.Scope.<a member RuleInputs writes> or
        // context.Set<T>(), the scope only through those members, and no constant but plain values. A rule reading
        // anything else of the caller (another member of the scope or of the context, the scope handed to a helper, a
        // captured object) would let two callers with different rows share a kept statement.
        using var scope = factory.Services.CreateScope();
        var options = scope.ServiceProvider.GetRequiredService<DbContextOptions<PmoDbContext>>();
        using var db = PmoDbContext.For(options, RowScope.Nothing);
        var uses = new CallerUses();
        var filters = 0;
        foreach (var entity in db.Model.GetEntityTypes())
        {
            foreach (var filter in entity.GetDeclaredQueryFilters())
            {
                filters++;
                uses.Visit(filter.Expression);
            }
        }

        Assert.True(filters > 10, $"{filters} query filters on the restricted model");
        Assert.Empty(uses.Violations);
        Assert.Equal([nameof(RowScope.AllPortfolios), nameof(RowScope.PortfolioIds)], uses.Read.Order(StringComparer.Ordinal));
    }

    public static TheoryData<object?, object?> DifferentValues() => new()
    {
        { 1, 1L },
        { 1, "1" },
        { 1m, 1.0m },
        { 1.5d, 1.5f },
        { true, "true" },
        { null, "n" },
        { "ab", "a" },
        { new List<int> { 1, 2 }, new List<int> { 12 } },
        { new List<string> { "a,b" }, new List<string> { "a", "b" } },
        { new Dictionary<string, object?> { ["a"] = 1, ["b"] = 2 }, new Dictionary<string, object?> { ["b"] = 2, ["a"] = 1 } },
        { new Dictionary<string, object?> { ["ab"] = 1 }, new Dictionary<string, object?> { ["a"] = "b1" } },
        { LifecycleStage.Executing, (int)LifecycleStage.Executing },
        { new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Unspecified) },
        { new DateOnly(2026, 1, 1), "2026-01-01" },
    };

    [Theory]
    [MemberData(nameof(DifferentValues))]
    public void StatementInputs_DifferentValues_DifferentKeys(object? one, object? other)
    {
        Assert.NotEqual(Describe(one), Describe(other));
        Assert.Equal(Describe(one), Describe(one));
    }

    [Fact]
    public void StatementInputs_AValueOfAnUnknownType_IsNoKey()
    {
        Assert.Null(Describe(new Uri("https://example.com")));
        Assert.Null(Describe(new Dictionary<string, object?> { ["a"] = new[] { new object() } }));
    }

    [Fact]
    public async Task Bounded_HoldsNoMoreThanItsEntries()
    {
        using var bounded = PmoApiFactory.Over(factory.Database);
        bounded.Settings[CompiledReadOptions.Section + ":StatementCacheEntries"] = "2";
        var client = bounded.CreateClient();
        foreach (var id in Enumerable.Range(1, 6))
        {
            var response = await client.QueryAsync(ById, new { id });
            Assert.False(response.TryGetProperty("errors", out _), response.ToString());
        }

        Assert.Equal(2, bounded.Services.GetRequiredService<CompiledStatementCache>().Count);
    }

    [Fact]
    public async Task Bounded_ByBytes_CountsLongValuesAndTheDocumentsItHolds()
    {
        const long Budget = 1_000_000;
        using var bounded = PmoApiFactory.Over(factory.Database);
        bounded.Settings[CompiledReadOptions.Section + ":StatementCacheBytes"] = Budget.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var client = bounded.CreateClient();
        var cache = bounded.Services.GetRequiredService<CompiledStatementCache>();
        for (var i = 0; i < 6; i++)
        {
            // 100,000 characters in a variable, then in the document's text: each kept statement holds about 200 KB.
            var text = new string((char)('a' + i), 100_000);
            var byVariable = await client.QueryAsync("query($t: String) { projects(first: 1, where: { name: { contains: $t } }) { nodes { id } } }", new { t = text });
            var byLiteral = await client.QueryAsync("{ projects(first: 1, where: { name: { contains: \"" + text + "\" } }) { nodes { id } } }");

            Assert.False(byVariable.TryGetProperty("errors", out _), Head(byVariable));
            Assert.False(byLiteral.TryGetProperty("errors", out _), Head(byLiteral));
            Assert.InRange(cache.Bytes, 1, Budget);
        }

        Assert.InRange(cache.Count, 1, 5);
    }

    private static string Head(JsonElement response) => response.ToString()[..Math.Min(500, response.ToString().Length)];

    private static string? Describe(object? value)
    {
        var variables = new Variables();
        variables.Add(new Variable("v", null!) { Value = value });
        return StatementInputs.Describe(variables);
    }

    private sealed class CallerUses : ExpressionVisitor
    {
        // What RowScope.RuleInputs writes down.
        private static readonly HashSet<string> Written = [nameof(RowScope.IsUnrestricted), nameof(RowScope.AllPortfolios), nameof(RowScope.PortfolioIds)];

        private readonly Stack<Expression> _parents = new();

        public List<string> Violations { get; } = [];

        public SortedSet<string> Read { get; } = new(StringComparer.Ordinal);

        public override Expression? Visit(Expression? node)
        {
            if (node is null)
            {
                return null;
            }

            Check(node, _parents.Count > 0 ? _parents.Peek() : null);
            _parents.Push(node);
            try
            {
                return base.Visit(node);
            }
            finally
            {
                _parents.Pop();
            }
        }

        private void Check(Expression node, Expression? parent)
        {
            if (node is ConstantExpression { Value: { } value } constant && value is not PmoDbContext && !IsPlain(constant.Type))
            {
                Violations.Add($"a constant of {constant.Type.Name}");
            }

            if (typeof(PmoDbContext).IsAssignableFrom(node.Type))
            {
                var allowed = parent is MemberExpression { Member.Name: nameof(PmoDbContext.Scope) } member && member.Expression == node
                    || parent is MethodCallExpression { Method.Name: nameof(DbContext.Set) } call && call.Object == node;
                if (!allowed)
                {
                    Violations.Add($"the context used by a {parent?.NodeType.ToString() ?? "filter"} node: {parent}");
                }
            }
            else if (node.Type == typeof(RowScope))
            {
                if (node is MemberExpression { Member.Name: nameof(PmoDbContext.Scope) } && parent is MemberExpression read && read.Expression == node
                    && Written.Contains(read.Member.Name))
                {
                    Read.Add(read.Member.Name);
                }
                else
                {
                    Violations.Add($"the scope used by a {parent?.NodeType.ToString() ?? "filter"} node: {parent}");
                }
            }
        }

        private static bool IsPlain(Type type) =>
            type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal)
            || (Nullable.GetUnderlyingType(type) is { } underlying && IsPlain(underlying));
    }
}
