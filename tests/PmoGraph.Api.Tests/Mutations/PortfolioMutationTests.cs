using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PmoGraph.Api.Demo;
using PmoGraph.Schema.Audit;
using PmoGraph.Schema.Portfolios;

namespace PmoGraph.Api.Tests.Mutations;

public sealed class PortfolioMutationTests : IDisposable
{
    private const string Create = """
        mutation($input: CreatePortfolioInput!) {
          createPortfolio(input: $input) {
            portfolio { id code name description version owner { id } }
            errors { __typename ... on Error { message } ... on ValidationError { path rule } ... on NotFoundError { entity id } }
          }
        }
        """;

    private const string Update = """
        mutation($input: UpdatePortfolioInput!) {
          updatePortfolio(input: $input) {
            portfolio { id name version }
            errors { __typename ... on Error { message } ... on ConcurrencyError { expectedVersion actualVersion } ... on NotFoundError { entity id } }
          }
        }
        """;

    private readonly MutationTestFactory _api = new();

    public void Dispose() => _api.Dispose();

    private async Task<JsonElement> PayloadAsync(string mutation, object input, string field)
    {
        var data = await _api.Client.DataAsync(mutation, new { input });
        return data.GetProperty(field);
    }

    [Fact]
    public async Task CreatePortfolio_ValidInput_IsStoredWithAnAuditEntry()
    {
        var payload = await PayloadAsync(Create, new { code = "PF-NEW", name = "  New Ventures ", description = "Bets on new markets" }, "createPortfolio");

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        var portfolio = payload.GetProperty("portfolio");
        Assert.Equal("New Ventures", portfolio.GetProperty("name").GetString());
        Assert.Equal(1, portfolio.GetProperty("version").GetInt64());
        var id = portfolio.GetProperty("id").GetInt32();

        var stored = await _api.ReadAsync(db => db.Set<Portfolio>().SingleAsync(p => p.Id == id));
        Assert.Equal(("PF-NEW", "New Ventures", "Bets on new markets"), (stored.Code, stored.Name, stored.Description));
        var audit = await _api.ReadAsync(db => db.Set<AuditEntry>().Where(a => a.EntityType == "Portfolio" && a.EntityId == id).ToListAsync());
        var entry = Assert.Single(audit);
        Assert.Equal("createPortfolio:create", entry.Action);
        Assert.Null(entry.Before);
        Assert.Contains("\"Code\":\"PF-NEW\"", entry.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreatePortfolio_InvalidFields_ReturnsEveryValidationErrorAndWritesNothing()
    {
        var before = await _api.ReadAsync(db => db.Set<Portfolio>().CountAsync());

        var payload = await PayloadAsync(Create, new { code = "bad code", name = " ", description = new string('x', 4001) }, "createPortfolio");

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("portfolio").ValueKind);
        var errors = payload.GetProperty("errors").EnumerateArray()
            .Select(e => (Type: e.GetProperty("__typename").GetString(), Field: e.GetProperty("path")[1].GetString(), Rule: e.GetProperty("rule").GetString()))
            .ToList();
        Assert.Equal(
            [("ValidationError", "code", "format"), ("ValidationError", "name", "required"), ("ValidationError", "description", "maxLength")],
            errors);
        Assert.Equal(before, await _api.ReadAsync(db => db.Set<Portfolio>().CountAsync()));
        Assert.Equal(0, await _api.ReadAsync(db => db.Set<AuditEntry>().CountAsync(a => a.Actor != DemoHistory.Actor)));
    }

    [Fact]
    public async Task CreatePortfolio_DuplicateCode_IsAUniqueRuleError()
    {
        var existing = await _api.ReadAsync(db => db.Set<Portfolio>().OrderBy(p => p.Id).Select(p => p.Code).FirstAsync());

        var payload = await PayloadAsync(Create, new { code = existing, name = "Copy" }, "createPortfolio");

        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("unique", error.GetProperty("rule").GetString());
        Assert.Equal(1, await _api.ReadAsync(db => db.Set<Portfolio>().CountAsync(p => p.Code == existing)));
    }

    [Fact]
    public async Task CreatePortfolio_UnknownOwner_IsANotFoundError()
    {
        var payload = await PayloadAsync(Create, new { code = "PF-X", name = "X", ownerId = 424242 }, "createPortfolio");

        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal(("NotFoundError", "Person", 424242), (error.GetProperty("__typename").GetString(), error.GetProperty("entity").GetString(), error.GetProperty("id").GetInt32()));
        Assert.False(await _api.ReadAsync(db => db.Set<Portfolio>().AnyAsync(p => p.Code == "PF-X")));
    }

    [Fact]
    public async Task UpdatePortfolio_CurrentVersion_ChangesNameAndBumpsVersion()
    {
        var current = await _api.ReadAsync(db => db.Set<Portfolio>().OrderBy(p => p.Id).FirstAsync());

        var payload = await PayloadAsync(Update, new { id = current.Id, version = current.Version, name = "Renamed" }, "updatePortfolio");

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        Assert.Equal(current.Version + 1, payload.GetProperty("portfolio").GetProperty("version").GetInt64());
        var stored = await _api.ReadAsync(db => db.Set<Portfolio>().SingleAsync(p => p.Id == current.Id));
        Assert.Equal(("Renamed", current.Version + 1), (stored.Name, stored.Version));
        var audit = await _api.ReadAsync(db => db.Set<AuditEntry>().SingleAsync(a => a.EntityType == "Portfolio" && a.EntityId == current.Id));
        Assert.Contains($"\"Name\":\"{current.Name}\"", audit.Before, StringComparison.Ordinal);
        Assert.Contains("\"Name\":\"Renamed\"", audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdatePortfolio_StaleVersion_IsAConcurrencyErrorAndChangesNothing()
    {
        var current = await _api.ReadAsync(db => db.Set<Portfolio>().OrderBy(p => p.Id).FirstAsync());
        await PayloadAsync(Update, new { id = current.Id, version = current.Version, name = "First writer" }, "updatePortfolio");

        var payload = await PayloadAsync(Update, new { id = current.Id, version = current.Version, name = "Second writer" }, "updatePortfolio");

        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("ConcurrencyError", error.GetProperty("__typename").GetString());
        Assert.Equal(current.Version, error.GetProperty("expectedVersion").GetInt64());
        Assert.Equal(current.Version + 1, error.GetProperty("actualVersion").GetInt64());
        Assert.Equal("First writer", (await _api.ReadAsync(db => db.Set<Portfolio>().SingleAsync(p => p.Id == current.Id))).Name);
    }

    [Fact]
    public async Task UpdatePortfolio_UnknownId_IsANotFoundError()
    {
        var payload = await PayloadAsync(Update, new { id = 999, version = 1, name = "Nobody" }, "updatePortfolio");

        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal(("NotFoundError", "Portfolio", 999), (error.GetProperty("__typename").GetString(), error.GetProperty("entity").GetString(), error.GetProperty("id").GetInt32()));
    }

    [Fact]
    public async Task ArchivePortfolio_CurrentVersion_MarksItArchived()
    {
        var current = await _api.ReadAsync(db => db.Set<Portfolio>().OrderBy(p => p.Id).FirstAsync());

        var data = await _api.Client.DataAsync(
            "mutation($input: ArchivePortfolioInput!) { archivePortfolio(input: $input) { portfolio { isArchived } errors { __typename } } }",
            new { input = new { id = current.Id, version = current.Version } });

        Assert.True(data.GetProperty("archivePortfolio").GetProperty("portfolio").GetProperty("isArchived").GetBoolean());
        Assert.True((await _api.ReadAsync(db => db.Set<Portfolio>().SingleAsync(p => p.Id == current.Id))).IsArchived);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task CreatePortfolio_SaveFailsMidway_WritesNeitherTheChangeNorItsAudit(int failingSave)
    {
        var portfolios = await _api.ReadAsync(db => db.Set<Portfolio>().CountAsync());
        _api.FailingSave.Arm(failingSave);

        var response = await _api.Client.QueryAsync(Create, new { input = new { code = "PF-FAIL", name = "Never stored" } });

        Assert.Equal(["INTERNAL_SERVER_ERROR"], response.ErrorCodes());
        Assert.DoesNotContain("Injected", response.ToString(), StringComparison.Ordinal);
        Assert.Equal(portfolios, await _api.ReadAsync(db => db.Set<Portfolio>().CountAsync()));
        Assert.Equal(0, await _api.ReadAsync(db => db.Set<AuditEntry>().CountAsync(a => a.Actor != DemoHistory.Actor)));
    }
}
