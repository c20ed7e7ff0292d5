using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Authorization;
using PmoGraph.Schema.Portfolios;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Api.Tests.Security;

/// <summary>Managers read only their portfolios' rows, whichever way they ask: root lists, lookups, aliases, id batches, navigation.</summary>
public sealed class RowRuleTests(PmoApiFactory factory) : IClassFixture<PmoApiFactory>
{
    [Fact]
    public async Task Projects_PortfolioManager_SeesOnlyTheirPortfolios()
    {
        var (owner, mine) = await PortfolioOfAnOwnerAsync();
        var client = factory.CreateClientFor(PmoRoles.PortfolioManager, owner);

        var data = await client.DataAsync("{ projects(first: 50) { totalCount nodes { id } } portfolios { totalCount nodes { id } } }");

        Assert.Equal(mine.Count, data.GetProperty("projects").GetProperty("totalCount").GetInt32());
        Assert.All(data.GetProperty("projects").GetProperty("nodes").EnumerateArray(), p => Assert.Contains(p.GetProperty("id").GetInt32(), mine));
        Assert.True(data.GetProperty("portfolios").GetProperty("totalCount").GetInt32() < 3);
    }

    [Fact]
    public async Task ProjectById_AliasesAcrossPortfolios_OthersAreNull()
    {
        var (owner, mine) = await PortfolioOfAnOwnerAsync();
        var other = await factory.ReadAsync(db => db.Set<Project>().Where(p => !mine.Contains(p.Id)).Select(p => p.Id).FirstAsync());
        var client = factory.CreateClientFor(PmoRoles.PortfolioManager, owner);

        var data = await client.DataAsync($"{{ mine: project(id: {mine[0]}) {{ id }} theirs: project(id: {other}) {{ id }} }}");

        Assert.Equal(mine[0], data.GetProperty("mine").GetProperty("id").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, data.GetProperty("theirs").ValueKind);
    }

    [Fact]
    public async Task Projects_BatchOfIdsAcrossPortfolios_ReturnsOnlyTheirs()
    {
        var (owner, mine) = await PortfolioOfAnOwnerAsync();
        var all = await factory.ReadAsync(db => db.Set<Project>().Select(p => p.Id).ToListAsync());
        var client = factory.CreateClientFor(PmoRoles.PortfolioManager, owner);

        var data = await client.DataAsync(
            "query($ids: [Int!]) { projects(first: 50, where: { id: { in: $ids } }) { nodes { id } } risks(first: 50) { nodes { project { id } } } }",
            new { ids = all });

        var ids = data.GetProperty("projects").GetProperty("nodes").EnumerateArray().Select(p => p.GetProperty("id").GetInt32()).ToList();
        Assert.Equal(mine.Order().Take(50), ids.Order());
        Assert.All(data.GetProperty("risks").GetProperty("nodes").EnumerateArray(), r => Assert.Contains(r.GetProperty("project").GetProperty("id").GetInt32(), mine));
    }

    [Fact]
    public async Task Navigation_FromASharedPerson_StillFiltersProjects()
    {
        var (owner, mine) = await PortfolioOfAnOwnerAsync();
        var client = factory.CreateClientFor(PmoRoles.PortfolioManager, owner);

        var data = await client.DataAsync("{ people(first: 50) { nodes { managedProjects(first: 50) { nodes { id } } } } }");

        var seen = data.GetProperty("people").GetProperty("nodes").EnumerateArray()
            .SelectMany(p => p.GetProperty("managedProjects").GetProperty("nodes").EnumerateArray()).Select(p => p.GetProperty("id").GetInt32()).ToList();
        Assert.NotEmpty(seen);
        Assert.All(seen, id => Assert.Contains(id, mine));
    }

    [Fact]
    public async Task NestedLevels_PortfolioManager_HideOtherPortfoliosRowsInsideTheProjection()
    {
        var (owner, mine) = await PortfolioOfAnOwnerAsync();
        var expected = await factory.ReadAsync(db => db.Set<Project>()
            .Where(p => p.ManagerId != null && mine.Contains(p.Id))
            .GroupBy(p => p.ManagerId!.Value)
            .Select(g => new { Manager = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Manager, g => g.Count));
        var client = factory.CreateClientFor(PmoRoles.PortfolioManager, owner);
        const string query = """
            query($mine: [Int!]) { people(first: 10, where: { managedProjects: { some: { id: { in: $mine } } } }) { nodes { id
                managedProjects(first: 10) { totalCount nodes { id program { portfolio { id } } risks(first: 2) { nodes { project { id } } } } } } } }
            """;
        await client.DataAsync(query, new { mine });
        factory.SqlCommands.Reset();

        var people = (await client.DataAsync(query, new { mine })).GetProperty("people").GetProperty("nodes").EnumerateArray().ToList();

        // The request's first statement reads the manager's portfolios (RowScope); the root field is one more.
        Assert.Equal(2, factory.SqlCommands.Count);
        Assert.NotEmpty(people);
        foreach (var person in people)
        {
            var managed = person.GetProperty("managedProjects");
            var nodes = managed.GetProperty("nodes").EnumerateArray().ToList();
            Assert.Equal(expected.GetValueOrDefault(person.GetProperty("id").GetInt32()), managed.GetProperty("totalCount").GetInt32());
            Assert.Equal(Math.Min(10, managed.GetProperty("totalCount").GetInt32()), nodes.Count);
            Assert.All(nodes, n => Assert.Contains(n.GetProperty("id").GetInt32(), mine));
            Assert.All(nodes, n => Assert.All(
                n.GetProperty("risks").GetProperty("nodes").EnumerateArray(),
                r => Assert.Equal(n.GetProperty("id").GetInt32(), r.GetProperty("project").GetProperty("id").GetInt32())));
        }
    }

    [Fact]
    public async Task NestedAggregate_PortfolioManager_CountsOnlyTheirPortfoliosRows()
    {
        var (owner, mine) = await PortfolioOfAnOwnerAsync();
        var projects = await factory.ReadAsync(db => db.Set<Project>().AsNoTracking().Where(p => p.DepartmentId != null).ToListAsync());
        var client = factory.CreateClientFor(PmoRoles.PortfolioManager, owner);
        const string query = "{ departments(first: 50) { nodes { id projectsAggregate(groupBy: [{ stage: true }]) { count sum { priority } groups { count } } } } }";
        await client.DataAsync(query);
        factory.SqlCommands.Reset();

        var departments = (await client.DataAsync(query)).GetProperty("departments").GetProperty("nodes").EnumerateArray().ToList();

        // The manager's portfolios (RowScope), the page of departments, and the nested aggregate.
        Assert.Equal(3, factory.SqlCommands.Count);
        Assert.True(projects.Count(p => mine.Contains(p.Id)) < projects.Count, "other portfolios hold projects too");
        var counted = 0;
        foreach (var department in departments)
        {
            var own = projects.Where(p => p.DepartmentId == department.GetProperty("id").GetInt32() && mine.Contains(p.Id)).ToList();
            var aggregate = department.GetProperty("projectsAggregate");
            Assert.Equal(own.Count, aggregate.GetProperty("count").GetInt32());
            Assert.Equal(own.Count, aggregate.GetProperty("groups").EnumerateArray().Sum(g => g.GetProperty("count").GetInt32()));
            if (own.Count > 0)
            {
                Assert.Equal(own.Sum(p => p.Priority), aggregate.GetProperty("sum").GetProperty("priority").GetInt64());
            }

            counted += own.Count;
        }

        Assert.True(counted > 0, "the manager's projects belong to departments");
    }

    [Fact]
    public async Task Projects_UnknownSubject_SeesNothing()
    {
        var client = factory.CreateClientFor(PmoRoles.ProjectManager, "nobody.at.all");

        var data = await client.DataAsync("{ projects { totalCount } portfolios { totalCount } }");

        Assert.Equal(0, data.GetProperty("projects").GetProperty("totalCount").GetInt32());
        Assert.Equal(0, data.GetProperty("portfolios").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Projects_TokenWithoutAKnownRole_SeesNothing()
    {
        var client = factory.CreateClientFor("superuser", PmoApiFactory.AdminSubject);

        var data = await client.DataAsync("{ projects { totalCount } }");

        Assert.Equal(0, data.GetProperty("projects").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Projects_ProjectManager_ReadsThePortfoliosTheyWorkIn()
    {
        var (manager, portfolioIds, expected) = await factory.ReadAsync(async db =>
        {
            var subject = await db.Set<Project>().Where(p => p.Manager != null).Select(p => p.Manager!.Subject!).FirstAsync();
            var portfolios = await db.Set<Project>().Where(p => p.Manager!.Subject == subject).Select(p => p.Program.PortfolioId).Distinct().ToListAsync();
            var count = await db.Set<Project>().CountAsync(p => portfolios.Contains(p.Program.PortfolioId));
            return (subject, portfolios, count);
        });
        var client = factory.CreateClientFor(PmoRoles.ProjectManager, manager);

        var data = await client.DataAsync("{ projects { totalCount } portfolios { nodes { id } } }");

        Assert.Equal(expected, data.GetProperty("projects").GetProperty("totalCount").GetInt32());
        Assert.Equal(portfolioIds.Order(), data.GetProperty("portfolios").GetProperty("nodes").EnumerateArray().Select(p => p.GetProperty("id").GetInt32()).Order());
    }

    [Theory]
    [InlineData(PmoRoles.Analyst)]
    [InlineData(PmoRoles.PortfolioManager)]
    public async Task AuditEntries_NotAdmin_SeesNone(string role)
    {
        var client = factory.CreateClientFor(role, "someone");

        var data = await client.DataAsync("{ auditEntries { totalCount } }");

        Assert.Equal(0, data.GetProperty("auditEntries").GetProperty("totalCount").GetInt32());
    }

    private Task<(string Owner, List<int> Projects)> PortfolioOfAnOwnerAsync() => factory.ReadAsync(async db =>
    {
        var portfolio = await db.Set<Portfolio>().Where(p => p.Owner != null).OrderBy(p => p.Id).Select(p => new { p.Id, p.Owner!.Subject }).FirstAsync();
        var owned = await db.Set<Portfolio>().Where(p => p.Owner!.Subject == portfolio.Subject).Select(p => p.Id).ToListAsync();
        var projects = await db.Set<Project>().Where(p => owned.Contains(p.Program.PortfolioId)).Select(p => p.Id).ToListAsync();
        return (portfolio.Subject!, projects);
    });
}
