using GraphQL.Validation;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PmoGraph.Api.GraphQL.Plans;
using PmoGraph.Api.Tests.Security;
using PmoGraph.Schema.Authorization;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Api.Tests.GraphQL.Plans;

/// <summary>
/// A prepared plan remembers the variable values whose request rules (page sizes, filter budgets, the viewer's
/// sensitive inputs, cost) passed, and skips those rules for a request with exactly the same values. Whatever the
/// order of requests, every answer is the one a server validating every request in full gives.
/// </summary>
public sealed class PassedInputsTests(PmoApiFactory api) : IClassFixture<PmoApiFactory>
{
    private const string Page = "query PassedPage($n: Int) { projects(first: $n, order: [{ id: ASC }]) { nodes { id } } }";
    private const string Filter = "query PassedFilter($w: ProjectFilterInput) { projects(first: 3, where: $w, order: [{ id: ASC }]) { totalCount nodes { id } } }";
    private const string Typed = "query PassedTyped($n: Int!) { projects(first: $n, order: [{ id: ASC }]) { nodes { code } } }";

    [Fact]
    public async Task AnyOrderOfRequests_AnswersAsFullValidationDoes()
    {
        using var full = api.WithWebHostBuilder(b => b.UseSetting("GraphQL:PlanCache:MaxEntries", "0"));
        var callers = new[] { (PmoRoles.PmoAdmin, "passed.admin"), (PmoRoles.Viewer, "passed.viewer") };
        var wide = new Dictionary<string, object?> { ["or"] = Enumerable.Range(0, 400).Select(n => (object?)RandomFilter.Id("neq", n)).ToList() };
        var requests = new (string Query, object? Variables)[]
        {
            (Page, new { n = 2 }),
            (Page, new { n = 3 }),
            (Page, new { n = 10_000 }),
            (Page, new { n = -1 }),
            (Page, null),
            (Filter, new { w = new { code = new { startsWith = "P" } } }),
            (Filter, new { w = new { budgetAtCompletion = new { gt = 1 } } }),
            (Filter, new { w = wide }),
            (Filter, new { w = RandomFilter.Id("lte", 10) }),
            (Typed, new { n = 1 }),
            (Typed, new { n = "one" }),
            (Typed, null),
        };
        var random = new Random(20261206);
        var skipped = 0;
        for (var i = 0; i < 120; i++)
        {
            var (role, subject) = callers[random.Next(callers.Length)];
            var (query, variables) = requests[random.Next(requests.Length)];
            var plan = api.Services.GetRequiredService<OperationPlanCache>().Find(new PlanKey(query, null, role));
            if (plan is not null && plan.HasPassed(Describe(variables)))
            {
                skipped++;
            }

            var cached = await api.CreateClientFor(role, subject).QueryAsync(query, variables);
            var fullClient = full.CreateClient();
            fullClient.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", api.TokenFor(role, subject));
            var checkedInFull = await fullClient.QueryAsync(query, variables);

            Assert.True(checkedInFull.GetRawText() == cached.GetRawText(), $"{role} {query} {System.Text.Json.JsonSerializer.Serialize(variables)}: {cached} against {checkedInFull}");
        }

        Assert.True(skipped > 20, $"{skipped} requests skipped the rules reading their values");
    }

    [Fact]
    public async Task RefusedValues_AreNeverRemembered()
    {
        var viewer = api.CreateClientFor(PmoRoles.Viewer, "passed.viewer2");
        const string Query = "query PassedRefused($w: ProjectFilterInput) { projects(first: 1, where: $w) { totalCount } }";
        var allowed = new { w = new { code = new { startsWith = "P" } } };
        var sensitive = new { w = new { budgetAtCompletion = new { gt = 1 } } };
        await viewer.DataAsync(Query, allowed);
        await viewer.DataAsync(Query, allowed);
        var plan = api.Services.GetRequiredService<OperationPlanCache>().Find(new PlanKey(Query, null, PmoRoles.Viewer))!;
        Assert.True(plan.HasPassed(Describe(allowed)), Describe(allowed));

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(["AUTH_NOT_AUTHORIZED"], (await viewer.QueryAsync(Query, sensitive)).ErrorCodes());
        }

        Assert.False(plan.HasPassed(Describe(sensitive)));
        Assert.True((await viewer.DataAsync(Query, allowed)).GetProperty("projects").GetProperty("totalCount").GetInt32() > 0);
    }

    /// <summary>
    /// Variables the operation does not declare are ignored by GraphQL but are part of what a plan remembers: with keys
    /// and values made of the encoding's own characters they must never make a refused value look like a passed one.
    /// </summary>
    [Fact]
    public async Task UndeclaredVariables_NeverCarryARefusedValueThrough()
    {
        var viewer = api.CreateClientFor(PmoRoles.Viewer, "passed.viewer3");
        const string Query = "query PassedUndeclared($w: ProjectFilterInput) { projects(first: 1, where: $w) { totalCount } }";
        const string Alphabet = "0123456789:;$=-,{}[]nsk";
        var random = new Random(61206);
        string Junk(int length) => new([.. Enumerable.Range(0, random.Next(1, length)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);
        await viewer.DataAsync(Query, new Dictionary<string, object?>());
        for (var i = 0; i < 40; i++)
        {
            var passing = new Dictionary<string, object?> { [Junk(12)] = new Dictionary<string, object?> { [Junk(30)] = random.Next(100), [Junk(40)] = null } };
            var refused = new Dictionary<string, object?>
            {
                [Junk(12)] = new Dictionary<string, object?> { [Junk(30)] = random.Next(100) },
                ["w"] = new Dictionary<string, object?> { ["budgetAtCompletion"] = new Dictionary<string, object?> { ["gt"] = 1_000_000 } },
                [Junk(12)] = Junk(30),
            };
            await viewer.DataAsync(Query, passing);
            await viewer.DataAsync(Query, passing);
            Assert.Equal(["AUTH_NOT_AUTHORIZED"], (await viewer.QueryAsync(Query, refused)).ErrorCodes());
        }
    }

    [Fact]
    public async Task RepeatedValues_AreValidatedUntilPassedThenGivenTheRememberedResult()
    {
        var counting = new CountingValidator(new DocumentValidator());
        using var host = api.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.Replace(ServiceDescriptor.Singleton<IDocumentValidator>(new PlanValidator(counting)))));
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", api.TokenFor(PmoRoles.Viewer, "passed.remembered"));
        const string Query = "query PassedRemembered($n: Int!, $w: ProjectFilterInput) { projects(first: $n, where: $w, order: [{ id: ASC }]) { totalCount nodes { id code } } }";
        var some = new { n = 2, w = new { code = new { startsWith = "P" } } };
        var other = new { n = 3, w = (object?)null };

        // The first request validates in full and stores the plan; the second runs the rules reading its values and
        // is remembered with its result; later ones with the same values are given that result.
        var first = (await client.QueryAsync(Query, some)).GetRawText();
        Assert.Equal(1, counting.Calls);
        Assert.Equal(first, (await client.QueryAsync(Query, some)).GetRawText());
        Assert.Equal(2, counting.Calls);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(first, (await client.QueryAsync(Query, some)).GetRawText());
        }

        Assert.Equal(2, counting.Calls);

        // Other values are validated until they too have passed; each set keeps its own result.
        var second = (await client.QueryAsync(Query, other)).GetRawText();
        Assert.Equal(3, counting.Calls);
        Assert.Equal(second, (await client.QueryAsync(Query, other)).GetRawText());
        Assert.Equal(first, (await client.QueryAsync(Query, some)).GetRawText());
        Assert.Equal(3, counting.Calls);
        Assert.NotEqual(first, second);
        Assert.DoesNotContain("errors", first, StringComparison.Ordinal);

        // A refused value is validated every time and never given a remembered result.
        var refused = new { n = 2, w = new { budgetAtCompletion = new { gt = 1 } } };
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(["AUTH_NOT_AUTHORIZED"], (await client.QueryAsync(Query, refused)).ErrorCodes());
        }

        Assert.Equal(6, counting.Calls);
    }

    [Fact]
    public void Plan_KeepsOnlySmallValidationResults()
    {
        var plan = new OperationPlan(GraphQLParser.Parser.Parse("{ __typename }"), 100);
        var small = new ValidationResult { ArgumentValues = Fields(3) };
        var large = new ValidationResult { ArgumentValues = Fields(OperationPlan.MaxRememberedArguments + 1) };
        plan.NotePassed("a", small);
        plan.NotePassed("b", large);
        plan.NotePassed("c", new ValidationResult([new ValidationError("no")]));

        Assert.Same(small, plan.Validated("a"));
        Assert.Null(plan.Validated("b"));
        Assert.True(plan.HasPassed("b"));
        Assert.Null(plan.Validated("c"));
        Assert.Null(plan.Validated("never"));
    }

    [Fact]
    public void Plan_RemembersABoundedNumberOfShortInputs()
    {
        var plan = new OperationPlan(GraphQLParser.Parser.Parse("{ __typename }"), 100);
        for (var i = 0; i < OperationPlan.MaxPassedInputs + 5; i++)
        {
            plan.NotePassed($"$1:n=iInt32:{i}");
        }

        Assert.False(plan.HasPassed("$1:n=iInt32:0"));
        Assert.True(plan.HasPassed($"$1:n=iInt32:{OperationPlan.MaxPassedInputs + 4}"));
        var tooLong = new string('x', OperationPlan.MaxPassedInputLength + 1);
        plan.NotePassed(tooLong);
        Assert.False(plan.HasPassed(tooLong));
        Assert.False(plan.HasPassed(null));
    }

    private static Dictionary<GraphQLParser.AST.GraphQLField, IDictionary<string, global::GraphQL.Execution.ArgumentValue>> Fields(int count) =>
        Enumerable.Range(0, count).ToDictionary(
            _ => new GraphQLParser.AST.GraphQLField(new GraphQLParser.AST.GraphQLName("f")),
            _ => (IDictionary<string, global::GraphQL.Execution.ArgumentValue>)new Dictionary<string, global::GraphQL.Execution.ArgumentValue> { ["a"] = new(1, global::GraphQL.Execution.ArgumentSource.Literal) });

    private static string? Describe(object? variables) => StatementInputs.Describe(Inputs(variables), OperationPlan.MaxPassedInputLength);

    /// <summary>The variables as the API reads them from a request body.</summary>
    private static global::GraphQL.Inputs? Inputs(object? variables) => variables is null
        ? null
        : new global::GraphQL.SystemTextJson.GraphQLSerializer().Deserialize<global::GraphQL.Inputs>(System.Text.Json.JsonSerializer.Serialize(variables));

    /// <summary>GraphQL.NET's validator, counting the requests it validates.</summary>
    private sealed class CountingValidator(IDocumentValidator inner) : IDocumentValidator
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
        {
            Interlocked.Increment(ref _calls);
            return inner.ValidateAsync(options);
        }
    }
}
