using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PmoGraph.Api.Security;
using PmoGraph.Schema.Authorization;

namespace PmoGraph.Api.Tests.Introspection;

/// <summary>
/// The introspection documents tools send are answered, whole and without errors, under the shipped limits, as every
/// role that may introspect (every signed-in role: introspection is switched on per environment, not per role).
/// </summary>
public sealed class IntrospectionDocumentTests(PmoApiFactory api) : IClassFixture<PmoApiFactory>
{
    private static readonly string[] OtherRoles = [PmoRoles.PortfolioManager, PmoRoles.ProjectManager, PmoRoles.Analyst, PmoRoles.Viewer];

    public static TheoryData<string> Fixtures() => IntrospectionFixtures.All();

    public static TheoryData<string, string> EveryRoleWithEachToolsFullDocument()
    {
        var cases = new TheoryData<string, string>();
        foreach (var role in OtherRoles.Prepend(PmoRoles.PmoAdmin))
        {
            cases.Add(role, "graphql-16.15.0/" + IntrospectionFixtures.AllOptions);
            cases.Add(role, "graphql-16.9.0/" + IntrospectionFixtures.AllOptionsOf169);
            cases.Add(role, "graphiql-3.9.0/default.graphql");
        }

        return cases;
    }

    [Fact]
    public void Limits_AreTheShippedOnes()
    {
        // The factory changes no depth, cost, alias or introspection limit: what is answered here is answered in production.
        var limits = api.Services.GetRequiredService<IOptions<LimitOptions>>().Value;
        var shipped = new LimitOptions();

        Assert.Equal(
            (shipped.MaxDepth, shipped.MaxCost, shipped.MaxExpandedFields, shipped.MaxFieldComparisons, shipped.MaxAliases, shipped.MaxRootFields, shipped.MaxIntrospectionOfTypeDepth, shipped.MaxIntrospectionTypeLists),
            (limits.MaxDepth, limits.MaxCost, limits.MaxExpandedFields, limits.MaxFieldComparisons, limits.MaxAliases, limits.MaxRootFields, limits.MaxIntrospectionOfTypeDepth, limits.MaxIntrospectionTypeLists));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Fixture_AsPmoAdminAndAnotherRole_IsAnsweredWithoutErrors_TheSameForBoth(string fixture)
    {
        // Each fixture as pmo-admin and as one other role, taken in turn by the fixture's place in the list, so every
        // role answers about a quarter of them (EveryRole_ToolsFullDocuments asks every role for the fullest ones).
        var names = IntrospectionFixtures.Names();
        var role = OtherRoles[names.ToList().IndexOf(fixture) % OtherRoles.Length];
        var document = IntrospectionFixtures.Read(fixture);

        var admin = await api.CreateClient().QueryAsync(document);
        var other = await api.CreateClientFor(role, "introspecting." + role).QueryAsync(document);

        Assert.False(admin.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal(JsonValueKind.Array, admin.GetProperty("data").GetProperty("__schema").GetProperty("types").ValueKind);
        Assert.Equal(admin.ToString(), other.ToString());
    }

    [Theory]
    [MemberData(nameof(EveryRoleWithEachToolsFullDocument))]
    public async Task EveryRole_ToolsFullDocuments_AreAnsweredWithoutErrors(string role, string fixture)
    {
        var response = await api.CreateClientFor(role, "introspecting." + role).QueryAsync(IntrospectionFixtures.Read(fixture));

        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.NotEmpty(response.GetProperty("data").GetProperty("__schema").GetProperty("types").EnumerateArray());
    }

    [Fact]
    public async Task Production_IntrospectionOff_RefusesTheDocument_SwitchedOn_AnswersIt()
    {
        var document = IntrospectionFixtures.Read("graphql-16.15.0/" + IntrospectionFixtures.AllOptions);
        using var off = api.WithWebHostBuilder(b => b.UseEnvironment("Production"));
        using var on = api.WithWebHostBuilder(b => b.UseEnvironment("Production").UseSetting("Limits:Introspection", "true"));

        var refused = await off.CreateClient().QueryAsync(document);
        var answered = await on.CreateClient().QueryAsync(document);

        Assert.Equal(["INTROSPECTION_DISABLED"], refused.ErrorCodes());
        Assert.False(answered.TryGetProperty("errors", out var errors), errors.ToString());
    }
}
