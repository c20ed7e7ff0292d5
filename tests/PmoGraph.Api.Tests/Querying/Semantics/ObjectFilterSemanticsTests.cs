using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Risks;

namespace PmoGraph.Api.Tests.Querying.Semantics;

/// <summary>Boolean and enum operations, <c>and</c>/<c>or</c>, and conditions through (optional) references.</summary>
[Collection(SemanticsTests.Collection)]
public sealed class ObjectFilterSemanticsTests(SemanticsFixture fixture)
{
    private IReadOnlyList<Project> Projects => fixture.Rows.Projects;

    private static IEnumerable<int> Ids(IEnumerable<Project> projects) => projects.Select(p => p.Id);

    [Theory]
    [InlineData("eq", true)]
    [InlineData("eq", false)]
    [InlineData("neq", true)]
    [InlineData("neq", false)]
    [InlineData("eq", null)]
    [InlineData("neq", null)]
    public async Task Where_BooleanOperation_MatchesEquality(string operation, bool? value)
    {
        Assert.Contains(Projects, p => p.IsArchived);
        var expected = Projects.Where(p => operation == "eq" ? p.IsArchived == value : p.IsArchived != value);

        await fixture.Client.FiltersToAsync("projects", $"{{ isArchived: {{ {operation}: {GraphQLLiteral.Of(value)} }} }}", Ids(expected));
    }

    public static TheoryData<string, string> StageCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var stage in Enum.GetNames<LifecycleStage>())
        {
            data.Add("eq", stage);
            data.Add("neq", stage);
        }

        foreach (var operation in new[] { "in", "nin" })
        {
            data.Add(operation, "Idea,Closed");
            data.Add(operation, "Executing");
            data.Add(operation, "");
            data.Add(operation, string.Join(",", Enum.GetNames<LifecycleStage>()));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(StageCases))]
    public async Task Where_EnumOperation_MatchesTheStages(string operation, string stages)
    {
        var values = stages.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<LifecycleStage>).ToList();
        var expected = operation switch
        {
            "eq" => Projects.Where(p => p.Stage == values[0]),
            "neq" => Projects.Where(p => p.Stage != values[0]),
            "in" => Projects.Where(p => values.Contains(p.Stage)),
            _ => Projects.Where(p => !values.Contains(p.Stage)),
        };
        var operand = operation is "eq" or "neq" ? GraphQLLiteral.Of(values[0]) : GraphQLLiteral.Of(values);

        await fixture.Client.FiltersToAsync("projects", $"{{ stage: {{ {operation}: {operand} }} }}", Ids(expected));
    }

    [Theory]
    [InlineData("eq", "Open")]
    [InlineData("neq", "Closed")]
    [InlineData("in", "Occurred,Mitigating")]
    [InlineData("nin", "Open,Closed")]
    public async Task Where_EnumOperationOnRisks_MatchesTheStatuses(string operation, string statuses)
    {
        var values = statuses.Split(',').Select(Enum.Parse<RiskStatus>).ToList();
        var operand = operation is "eq" or "neq" ? GraphQLLiteral.Of(values[0]) : GraphQLLiteral.Of(values);
        var expected = fixture.Rows.Risks.Where(r => operation is "eq" or "in" ? values.Contains(r.Status) : !values.Contains(r.Status));

        await fixture.Client.FiltersToAsync("risks", $"{{ status: {{ {operation}: {operand} }} }}", expected.Select(r => r.Id));
    }

    [Fact]
    public async Task Where_EnumWithAMultiWordName_MatchesTheMethod()
    {
        foreach (var method in Enum.GetValues<EarnedValueMethod>())
        {
            await fixture.Client.FiltersToAsync(
                "projects", $"{{ earnedValueMethod: {{ eq: {GraphQLLiteral.EnumName(method)} }} }}", Ids(Projects.Where(p => p.EarnedValueMethod == method)));
        }
    }

    public static TheoryData<string, Func<Project, bool>> EmptyListCases() => new()
    {
        // An empty and/or list sets no condition, as in HotChocolate.Data: it is dropped, not read as the empty
        // conjunction's true or the empty disjunction's false.
        { "{ and: [] }", _ => true },
        { "{ or: [] }", _ => true },
        { "{ and: [], or: [] }", _ => true },
        { "{ or: [], priority: { lte: 2 } }", p => p.Priority <= 2 },
        { "{ and: [], or: [{ stage: { eq: EXECUTING } }, { priority: { eq: 1 } }] }", p => p.Stage == LifecycleStage.Executing || p.Priority == 1 },
        { "{ and: [{ or: [] }, { priority: { gte: 4 } }] }", p => p.Priority >= 4 },
        { "{ or: [{ and: [] , priority: { eq: 2 } }, { stage: { eq: CLOSED } }] }", p => p.Priority == 2 || p.Stage == LifecycleStage.Closed },
        { "{ program: { or: [] } }", _ => true },
        // The same on a field's operations.
        { "{ name: { or: [] } }", _ => true },
        { "{ name: { and: [], or: [], startsWith: \"A\" } }", p => p.Name.StartsWith('A') },
        { "{ name: { or: [{ startsWith: \"A\" }, { and: [] , endsWith: \"s\" }] } }", p => p.Name.StartsWith('A') || p.Name.EndsWith('s') },
    };

    [Theory]
    [MemberData(nameof(EmptyListCases))]
    public async Task Where_EmptyAndOrList_SetsNoCondition(string where, Func<Project, bool> expected)
    {
        await fixture.Client.FiltersToAsync("projects", where, Ids(Projects.Where(expected)));
    }

    [Fact]
    public async Task Where_EmptyOrListOnNestedAndAggregate_SetsNoCondition()
    {
        var risks = await fixture.Client.DataAsync(
            "{ projects(first: 50) { nodes { id risks(first: 50, where: { or: [] }) { totalCount } } } projectsAggregate(where: { or: [] }) { count } }");

        var counts = risks.GetProperty("projects").GetProperty("nodes").EnumerateArray()
            .ToDictionary(n => n.GetProperty("id").GetInt32(), n => n.GetProperty("risks").GetProperty("totalCount").GetInt32());
        Assert.All(counts, c => Assert.Equal(fixture.Rows.Risks.Count(r => r.ProjectId == c.Key), c.Value));
        Assert.Contains(counts.Values, c => c > 0);
        Assert.Equal(Projects.Count, risks.GetProperty("projectsAggregate").GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Where_AndOrCombinations_MatchBooleanLogic()
    {
        var median = Projects.Select(p => p.BudgetAtCompletion).Order().ElementAt(Projects.Count / 2);
        var m = GraphQLLiteral.Of(median);

        await fixture.Client.FiltersToAsync(
            "projects",
            $"{{ or: [{{ stage: {{ eq: EXECUTING }} }}, {{ budgetAtCompletion: {{ gt: {m} }} }}], priority: {{ lte: 3 }} }}",
            Ids(Projects.Where(p => (p.Stage == LifecycleStage.Executing || p.BudgetAtCompletion > median) && p.Priority <= 3)));
        await fixture.Client.FiltersToAsync(
            "projects",
            $"{{ and: [{{ or: [{{ priority: {{ eq: 1 }} }}, {{ priority: {{ eq: 5 }} }}] }}, {{ or: [{{ currency: {{ neq: \"EUR\" }} }}, {{ actualFinish: {{ eq: null }} }}] }}] }}",
            Ids(Projects.Where(p => (p.Priority == 1 || p.Priority == 5) && (p.Currency != "EUR" || p.ActualFinish is null))));
        await fixture.Client.FiltersToAsync(
            "projects",
            "{ or: [{ and: [{ stage: { eq: CLOSED } }, { priority: { gte: 4 } }] }, { name: { icontains: \"platform\" }, stage: { neq: EXECUTING } }] }",
            Ids(Projects.Where(p =>
                (p.Stage == LifecycleStage.Closed && p.Priority >= 4)
                || (p.Name.Contains("platform", StringComparison.OrdinalIgnoreCase) && p.Stage != LifecycleStage.Executing))));
        // The same field twice in one object is one condition per operation, all of which must hold.
        await fixture.Client.FiltersToAsync(
            "projects", "{ priority: { gte: 2, lte: 3, neq: 3 } }", Ids(Projects.Where(p => p.Priority == 2)));
    }

    [Fact]
    public async Task Where_ThroughRequiredReferences_MatchesTheProgramAndPortfolio()
    {
        var program = Projects[10].Program.Name;
        var portfolio = Projects[^10].Program.Portfolio.Name;

        await fixture.Client.FiltersToAsync(
            "projects", $"{{ program: {{ name: {{ eq: {GraphQLLiteral.Of(program)} }} }} }}", Ids(Projects.Where(p => p.Program.Name == program)));
        await fixture.Client.FiltersToAsync(
            "projects", $"{{ program: {{ name: {{ neq: {GraphQLLiteral.Of(program)} }} }} }}", Ids(Projects.Where(p => p.Program.Name != program)));
        await fixture.Client.FiltersToAsync(
            "projects",
            $"{{ program: {{ portfolio: {{ name: {{ eq: {GraphQLLiteral.Of(portfolio)} }} }}, isArchived: {{ eq: false }} }} }}",
            Ids(Projects.Where(p => p.Program.Portfolio.Name == portfolio && !p.Program.IsArchived)));
        await fixture.Client.FiltersToAsync(
            "risks",
            $"{{ project: {{ program: {{ name: {{ startsWith: {GraphQLLiteral.Of(program[..3])} }} }} }} }}",
            fixture.Rows.Risks.Where(r => Projects.Single(p => p.Id == r.ProjectId).Program.Name.StartsWith(program[..3], StringComparison.Ordinal)).Select(r => r.Id));
    }

    [Fact]
    public async Task Where_ThroughOptionalReferences_AMissingReferenceReadsAsNulls()
    {
        // HotChocolate over EF Core: a missing sponsor (or a sponsor without a department) makes every field behind it
        // null, so eq: null and the negated operations match those projects, and positive operations do not.
        Assert.Contains(Projects, p => p.Sponsor is null);
        Assert.Contains(Projects, p => p.Sponsor is { Department: null });
        var finance = Projects.First(p => p.Sponsor?.Department is not null).Sponsor!.Department!.Name;
        static string? DepartmentOf(Project p) => p.Sponsor?.Department?.Name;

        await fixture.Client.FiltersToAsync(
            "projects", "{ sponsor: { department: { name: { eq: null } } } }", Ids(Projects.Where(p => DepartmentOf(p) is null)));
        await fixture.Client.FiltersToAsync(
            "projects", $"{{ sponsor: {{ department: {{ name: {{ eq: {GraphQLLiteral.Of(finance)} }} }} }} }}", Ids(Projects.Where(p => DepartmentOf(p) == finance)));
        await fixture.Client.FiltersToAsync(
            "projects", $"{{ sponsor: {{ department: {{ name: {{ neq: {GraphQLLiteral.Of(finance)} }} }} }} }}", Ids(Projects.Where(p => DepartmentOf(p) != finance)));
        await fixture.Client.FiltersToAsync(
            "projects", "{ sponsor: { department: { name: { ncontains: \"e\" } } } }", Ids(Projects.Where(p => DepartmentOf(p)?.Contains('e', StringComparison.Ordinal) != true)));
        // The same holds for a column that is never null on its own row (Person.id).
        await fixture.Client.FiltersToAsync(
            "projects", "{ sponsor: { id: { eq: null } } }", Ids(Projects.Where(p => p.Sponsor is null)));
        await fixture.Client.FiltersToAsync(
            "projects", "{ sponsor: { id: { neq: null } } }", Ids(Projects.Where(p => p.Sponsor is not null)));
        await fixture.Client.FiltersToAsync(
            "projects", "{ manager: { id: { in: [null, 12] } } }", Ids(Projects.Where(p => p.Manager is null || p.Manager.Id == 12)));
        await fixture.Client.FiltersToAsync(
            "projects", "{ manager: { id: { nin: [null, 12] } } }", Ids(Projects.Where(p => p.Manager is not null && p.Manager.Id != 12)));
        await fixture.Client.FiltersToAsync(
            "projects", "{ manager: { id: { nin: [12] } } }", Ids(Projects.Where(p => p.Manager?.Id != 12)));
        await fixture.Client.FiltersToAsync(
            "projects", "{ manager: { id: { gt: 15 } } }", Ids(Projects.Where(p => p.Manager?.Id > 15)));
        await fixture.Client.FiltersToAsync(
            "projects", "{ manager: { id: { ngt: 15 } } }", Ids(Projects.Where(p => !(p.Manager?.Id > 15))));
        await fixture.Client.FiltersToAsync(
            "projects", "{ department: { parent: { name: { eq: null } } } }", Ids(Projects));
        await fixture.Client.FiltersToAsync(
            "projects", "{ sponsor: { name: { icontains: \"gross\" } } }", []);
        await fixture.Client.FiltersToAsync(
            "projects", "{ sponsor: { name: { iendsWith: \"GROß\" } } }", Ids(Projects.Where(p => p.Sponsor?.Name == "Émile Groß")));
    }
}
