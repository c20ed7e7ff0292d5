using System.Text.Json;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PmoGraph.Schema.Audit;
using PmoGraph.Schema.Authorization;

namespace PmoGraph.Api.Tests.Security;

/// <summary>
/// Every mutation of the schema, called by every role: built from the schema itself, so a new mutation is in the
/// matrix the day it is added. Read-only roles are refused; managers who own nothing change nothing; pmo-admin is
/// never refused.
/// </summary>
public sealed class RoleMatrixTests : IDisposable
{
    private readonly PmoApiFactory _api = new();

    [Fact]
    public async Task EveryMutation_ReadOnlyRoles_NotAllowed()
    {
        foreach (var role in new[] { PmoRoles.Viewer, PmoRoles.Analyst })
        {
            var client = _api.CreateClientFor(role, "reader");
            foreach (var mutation in Mutations())
            {
                var errors = await CallAsync(client, mutation);
                Assert.True(errors.SequenceEqual(["NotAllowedError"]), $"{role} calling {mutation.Name}: {string.Join(", ", errors)}");
            }
        }
    }

    [Fact]
    public async Task EveryMutation_ManagersWhoOwnNothing_ChangeNothing()
    {
        var auditBefore = await _api.ReadAsync(db => db.Set<AuditEntry>().CountAsync());
        foreach (var role in new[] { PmoRoles.PortfolioManager, PmoRoles.ProjectManager })
        {
            var client = _api.CreateClientFor(role, "owns.nothing");
            foreach (var mutation in Mutations())
            {
                var errors = await CallAsync(client, mutation);
                Assert.True(errors.Count > 0 || mutation.Name == "allocateResource", $"{role} calling {mutation.Name} succeeded");
            }
        }

        Assert.Equal(auditBefore, await _api.ReadAsync(db => db.Set<AuditEntry>().CountAsync()));
    }

    [Fact]
    public async Task EveryMutation_PmoAdmin_NeverNotAllowed()
    {
        var client = _api.CreateClient();
        foreach (var mutation in Mutations())
        {
            var errors = await CallAsync(client, mutation);
            Assert.DoesNotContain("NotAllowedError", errors);
        }
    }

    [Fact]
    public async Task EveryMutation_Anonymous_Returns401()
    {
        var client = _api.CreateAnonymousClient();
        foreach (var mutation in Mutations())
        {
            var response = await client.PostAsync("/graphql", GraphQL.GraphQLHttp.Request(Document(mutation), new { input = SampleInput(mutation) }));
            Assert.Equal(System.Net.HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }

    public void Dispose() => _api.Dispose();

    private List<FieldType> Mutations()
    {
        var schema = _api.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var fields = schema.Mutation!.Fields.ToList();
        Assert.True(fields.Count >= 30, $"Only {fields.Count} mutations found.");
        return fields;
    }

    private static async Task<IReadOnlyList<string>> CallAsync(HttpClient client, FieldType mutation)
    {
        var response = await client.QueryAsync(Document(mutation), new { input = SampleInput(mutation) });
        Assert.False(response.TryGetProperty("errors", out var requestErrors), $"{mutation.Name}: {requestErrors}");
        var errors = response.GetProperty("data").GetProperty(mutation.Name).GetProperty("errors");
        return errors.ValueKind == JsonValueKind.Null ? [] : [.. errors.EnumerateArray().Select(e => e.GetProperty("__typename").GetString()!)];
    }

    private static string Document(FieldType mutation)
    {
        var inputType = ((NonNullGraphType)mutation.Arguments!.Find("input")!.ResolvedType!).ResolvedType!.Name;
        return $"mutation($input: {inputType}!) {{ {mutation.Name}(input: $input) {{ errors {{ __typename }} }} }}";
    }

    /// <summary>An input with every required field filled in with a plausible value (ids of 1).</summary>
    private static Dictionary<string, object?> SampleInput(FieldType mutation) =>
        SampleObject((IInputObjectGraphType)((NonNullGraphType)mutation.Arguments!.Find("input")!.ResolvedType!).ResolvedType!);

    private static Dictionary<string, object?> SampleObject(IInputObjectGraphType type) =>
        type.Fields.Where(f => f.ResolvedType is NonNullGraphType).ToDictionary(f => f.Name, f => SampleValue(((NonNullGraphType)f.ResolvedType!).ResolvedType!));

    private static object? SampleValue(IGraphType type) => type switch
    {
        NonNullGraphType nonNull => SampleValue(nonNull.ResolvedType!),
        ListGraphType => Array.Empty<object>(),
        EnumerationGraphType enumeration => enumeration.Values.First().Name,
        IInputObjectGraphType input => SampleObject(input),
        _ => type.Name switch
        {
            "Int" or "Long" => 1,
            "Decimal" or "Float" => 1.5m,
            "Boolean" => false,
            "Date" => "2026-11-02",
            "DateTime" => "2026-11-02T00:00:00Z",
            "ID" => "1",
            _ => "Sample",
        },
    };
}
