using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Authorization;
using PmoGraph.Schema.Organisation;
using PmoGraph.Schema.Portfolios;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Api.Tests.Security;

/// <summary>
/// <c>Person.subject</c>, the sign-in subject: a people field like the others, so every role gets exactly the answer it
/// gets for the person's email (pmo-admin every subject, a viewer a refusal, a manager the people its row rules show).
/// </summary>
public sealed class PersonSubjectTests(PmoApiFactory factory) : IClassFixture<PmoApiFactory>
{
    private const string Subjects = "{ people(first: 50, order: [{ subject: ASC }]) { nodes { id subject } } }";
    private const string Emails = "{ people(first: 50, order: [{ subject: ASC }]) { nodes { id email } } }";

    [Fact]
    public async Task Subject_PmoAdmin_ReadsEveryPersonsSubjectAsStored()
    {
        var stored = await factory.ReadAsync(db => db.Set<Person>().OrderBy(p => p.Subject).Take(50).Select(p => new { p.Id, p.Subject }).ToListAsync());
        var admin = factory.CreateClientFor(PmoRoles.PmoAdmin, PmoApiFactory.AdminSubject);

        var nodes = (await admin.DataAsync(Subjects)).GetProperty("people").GetProperty("nodes").EnumerateArray()
            .Select(n => new { Id = n.GetProperty("id").GetInt32(), Subject = n.GetProperty("subject").GetString() }).ToList();

        Assert.Equal(stored, nodes);
        Assert.All(nodes, n => Assert.Matches("^(exec|pgm|pm|team)\\.", n.Subject));
    }

    [Fact]
    public async Task Subject_FilteredByAToken_FindsThePersonItSignsInAs()
    {
        var person = await factory.ReadAsync(db => db.Set<Person>().Where(p => p.Subject != null).OrderBy(p => p.Id).Skip(7).FirstAsync());
        var admin = factory.CreateClientFor(PmoRoles.PmoAdmin, PmoApiFactory.AdminSubject);

        var data = await admin.DataAsync("query($sub: String) { people(where: { subject: { eq: $sub } }) { nodes { name } } }", new { sub = person.Subject });

        Assert.Equal(person.Name, data.GetProperty("people").GetProperty("nodes")[0].GetProperty("name").GetString());
    }

    public static TheoryData<string> Roles => [.. PmoRoles.All];

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Subject_EveryRole_AnsweredAsTheEmailIs(string role)
    {
        var client = factory.CreateClientFor(role, await SubjectForAsync(role));

        var subjects = await client.QueryAsync(Subjects);
        var emails = await client.QueryAsync(Emails);

        Assert.Equal(Codes(emails), Codes(subjects));
        Assert.Equal(Ids(emails), Ids(subjects));
        if (role == PmoRoles.Viewer)
        {
            Assert.Contains("AUTH_NOT_AUTHORIZED", Codes(subjects));
            Assert.False(subjects.TryGetProperty("data", out _));
        }
        else
        {
            Assert.NotEmpty(Ids(subjects));
        }
    }

    private static IReadOnlyList<string?> Codes(JsonElement response) => response.TryGetProperty("errors", out _) ? response.ErrorCodes() : [];

    private static int[] Ids(JsonElement response) =>
        response.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            ? [.. data.GetProperty("people").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32())]
            : [];

    /// <summary>A subject that role's rules give rows to: a portfolio's owner, a project's manager, or anyone.</summary>
    private Task<string> SubjectForAsync(string role) => role switch
    {
        PmoRoles.PortfolioManager => factory.ReadAsync(db => db.Set<Portfolio>().Where(p => p.Owner != null).OrderBy(p => p.Id).Select(p => p.Owner!.Subject!).FirstAsync()),
        PmoRoles.ProjectManager => factory.ReadAsync(db => db.Set<Project>().Where(p => p.Manager != null).OrderBy(p => p.Id).Select(p => p.Manager!.Subject!).FirstAsync()),
        _ => Task.FromResult(role + ".tester"),
    };
}
