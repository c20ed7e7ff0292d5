using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Risks;

namespace PmoGraph.Api.Tests.Querying.Semantics;

/// <summary><c>some</c>, <c>all</c>, <c>none</c> and <c>any</c> over one-to-many navigations, as Enumerable.Any/All.</summary>
[Collection(SemanticsTests.Collection)]
public sealed class ListFilterSemanticsTests(SemanticsFixture fixture)
{
    private IReadOnlyList<Project> Projects => fixture.Rows.Projects;

    private static IEnumerable<int> Ids(IEnumerable<Project> projects) => projects.Select(p => p.Id);

    [Theory]
    [InlineData("some")]
    [InlineData("all")]
    [InlineData("none")]
    public async Task Where_RiskListOperation_MatchesEnumerableAnyAndAll(string operation)
    {
        Assert.Contains(Projects, p => p.Risks.Count == 0);
        Func<Risk, bool>[] conditions = [r => r.Status == RiskStatus.Open, r => r.Impact >= 4, r => r.ClosedOn is null, r => r.Owner!.Name.StartsWith('A')];
        string[] filters = ["{ status: { eq: OPEN } }", "{ impact: { gte: 4 } }", "{ closedOn: { eq: null } }", "{ owner: { name: { startsWith: \"A\" } } }"];

        for (var i = 0; i < filters.Length; i++)
        {
            var condition = conditions[i];
            var expected = operation switch
            {
                "some" => Projects.Where(p => p.Risks.Any(condition)),
                "all" => Projects.Where(p => p.Risks.All(condition)),
                _ => Projects.Where(p => !p.Risks.Any(condition)),
            };

            await fixture.Client.FiltersToAsync("projects", $"{{ risks: {{ {operation}: {filters[i]} }} }}", Ids(expected));
        }
    }

    [Fact]
    public async Task Where_AllOverAnEmptyList_IsTrueAndSomeIsFalse()
    {
        var withoutRisks = Ids(Projects.Where(p => p.Risks.Count == 0)).ToList();
        Assert.NotEmpty(withoutRisks);

        // A condition no risk meets: only the projects without risks pass all, and none passes some.
        await fixture.Client.FiltersToAsync("projects", "{ risks: { all: { impact: { gt: 1000 } } } }", withoutRisks);
        await fixture.Client.FiltersToAsync("projects", "{ risks: { some: { impact: { gt: 1000 } } } }", []);
        await fixture.Client.FiltersToAsync("projects", "{ risks: { none: { impact: { gt: 1000 } } } }", Ids(Projects));
        await fixture.Client.FiltersToAsync("projects", "{ risks: { any: false } }", withoutRisks);
        await fixture.Client.FiltersToAsync("projects", "{ risks: { any: true } }", Ids(Projects.Where(p => p.Risks.Count > 0)));
        await fixture.Client.FiltersToAsync(
            "projects", "{ risks: { any: true, all: { status: { neq: CLOSED } } } }", Ids(Projects.Where(p => p.Risks.Count > 0 && p.Risks.All(r => r.Status != RiskStatus.Closed))));
    }

    [Fact]
    public async Task Where_ListOfRowsWithNullableValues_FollowsTheScalarSemantics()
    {
        var weights = Projects.SelectMany(p => p.Milestones).Select(m => m.EarnedValueWeight).Where(w => w is not null).Order().ToList();
        var median = weights[weights.Count / 2]!.Value;
        var m = GraphQLLiteral.Of(median);
        Assert.Contains(Projects, p => p.Milestones.Any(x => x.EarnedValueWeight is null));

        await fixture.Client.FiltersToAsync(
            "projects", "{ milestones: { some: { earnedValueWeight: { eq: null } } } }", Ids(Projects.Where(p => p.Milestones.Any(x => x.EarnedValueWeight is null))));
        await fixture.Client.FiltersToAsync(
            "projects", $"{{ milestones: {{ all: {{ earnedValueWeight: {{ ngt: {m} }} }} }} }}", Ids(Projects.Where(p => p.Milestones.All(x => !(x.EarnedValueWeight > median)))));
        await fixture.Client.FiltersToAsync(
            "projects", $"{{ milestones: {{ all: {{ earnedValueWeight: {{ lte: {m} }} }} }} }}", Ids(Projects.Where(p => p.Milestones.All(x => x.EarnedValueWeight <= median))));
        await fixture.Client.FiltersToAsync(
            "projects", $"{{ milestones: {{ none: {{ earnedValueWeight: {{ gt: {m} }} }} }} }}", Ids(Projects.Where(p => !p.Milestones.Any(x => x.EarnedValueWeight > median))));
    }

    [Fact]
    public async Task Where_NestedListsAndListsWithReferences_MatchEnumerableSemantics()
    {
        var programs = Projects.GroupBy(p => p.ProgramId).ToDictionary(g => g.Key, g => g.ToList());
        var issueStatuses = Projects.SelectMany(p => p.Issues).Select(i => i.Status).Distinct().Order().ToList();
        Assert.NotEmpty(issueStatuses);

        await fixture.Client.FiltersToAsync(
            "programs",
            "{ projects: { some: { risks: { some: { impact: { eq: 5 }, status: { neq: CLOSED } } } } } }",
            programs.Where(g => g.Value.Any(p => p.Risks.Any(r => r.Impact == 5 && r.Status != RiskStatus.Closed))).Select(g => g.Key));
        await fixture.Client.FiltersToAsync(
            "programs",
            "{ projects: { all: { risks: { none: { status: { eq: OCCURRED } } } } } }",
            programs.Where(g => g.Value.All(p => !p.Risks.Any(r => r.Status == RiskStatus.Occurred))).Select(g => g.Key));
        await fixture.Client.FiltersToAsync(
            "projects",
            $"{{ issues: {{ some: {{ status: {{ eq: {GraphQLLiteral.Of(issueStatuses[0])} }} }} }}, statusReports: {{ any: true }} }}",
            Ids(Projects.Where(p => p.Issues.Any(i => Equals(i.Status, issueStatuses[0])) && p.StatusReports.Count > 0)));
        await fixture.Client.FiltersToAsync(
            "projects",
            "{ or: [{ risks: { any: false } }, { risks: { all: { owner: { department: { code: { eq: \"IT\" } } } } } }] }",
            Ids(Projects.Where(p => p.Risks.Count == 0 || p.Risks.All(r => r.Owner?.Department?.Code == "IT"))));
    }
}
