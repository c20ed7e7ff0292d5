using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Audit;
using PmoGraph.Schema.Portfolios;
using ProgramEntity = PmoGraph.Schema.Programs.Program;

namespace PmoGraph.Api.Tests.Mutations;

public sealed class ProgramMutationTests : IDisposable
{
    private const string Selection = "program { id code name description isArchived version }";

    private readonly MutationTestFactory _api = new();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task CreateProgram_ValidInput_IsStoredUnderItsPortfolioWithAnAuditEntry()
    {
        var portfolioId = await _api.ReadAsync(db => db.Set<Portfolio>().Where(p => !p.IsArchived).Select(p => p.Id).FirstAsync());

        var program = (await _api.CallAsync("createProgram", Selection, new { portfolioId, code = "PG-NEW", name = " Cloud move ", description = "Lift and shift" }))
            .Succeeded("program");

        var stored = await _api.ReadAsync(db => db.Set<ProgramEntity>().SingleAsync(p => p.Id == program.Id()));
        Assert.Equal((portfolioId, "PG-NEW", "Cloud move", "Lift and shift", 1L), (stored.PortfolioId, stored.Code, stored.Name, stored.Description, stored.Version));
        Assert.Equal("createProgram:create", (await _api.ReadAsync(db => db.Set<AuditEntry>().SingleAsync(a => a.EntityType == "Program" && a.EntityId == stored.Id))).Action);
    }

    [Fact]
    public async Task CreateProgram_InvalidFields_ReturnsEachRuleAndWritesNothing()
    {
        var count = await _api.ReadAsync(db => db.Set<ProgramEntity>().CountAsync());

        var payload = await _api.CallAsync("createProgram", Selection, new { portfolioId = 1, code = "bad code", name = "", description = new string('x', 4001) });

        Assert.Equal([("code", "format"), ("name", "required"), ("description", "maxLength")], payload.Violations());
        Assert.Equal(count, await _api.ReadAsync(db => db.Set<ProgramEntity>().CountAsync()));
    }

    [Fact]
    public async Task CreateProgram_DuplicateCode_IsAUniqueRuleError()
    {
        var existing = await _api.ReadAsync(db => db.Set<ProgramEntity>().OrderBy(p => p.Id).FirstAsync());

        var payload = await _api.CallAsync("createProgram", Selection, new { portfolioId = existing.PortfolioId, code = existing.Code, name = "Copy" });

        Assert.Equal([("code", "unique")], payload.Violations());
    }

    [Fact]
    public async Task CreateProgram_UnknownPortfolioOrManager_IsANotFoundError()
    {
        var portfolioId = await _api.ReadAsync(db => db.Set<Portfolio>().Select(p => p.Id).FirstAsync());

        (await _api.CallAsync("createProgram", Selection, new { portfolioId = 424242, code = "PG-X", name = "X" })).SingleError("NotFoundError");
        (await _api.CallAsync("createProgram", Selection, new { portfolioId, code = "PG-Y", name = "Y", managerId = 424242 })).SingleError("NotFoundError");

        Assert.False(await _api.ReadAsync(db => db.Set<ProgramEntity>().AnyAsync(p => p.Code == "PG-X" || p.Code == "PG-Y")));
    }

    [Fact]
    public async Task CreateProgram_ArchivedPortfolio_IsAnInvalidTransitionError()
    {
        var portfolio = await _api.ReadAsync(db => db.Set<Portfolio>().OrderBy(p => p.Id).FirstAsync());
        (await _api.CallAsync("archivePortfolio", "portfolio { id }", new { id = portfolio.Id, version = portfolio.Version })).Succeeded("portfolio");

        (await _api.CallAsync("createProgram", Selection, new { portfolioId = portfolio.Id, code = "PG-LATE", name = "Too late" })).SingleError("InvalidTransitionError");

        Assert.False(await _api.ReadAsync(db => db.Set<ProgramEntity>().AnyAsync(p => p.Code == "PG-LATE")));
    }

    [Fact]
    public async Task UpdateProgram_CurrentVersion_ChangesItAndBumpsTheVersion()
    {
        var current = await _api.ReadAsync(db => db.Set<ProgramEntity>().OrderBy(p => p.Id).FirstAsync());

        var program = (await _api.CallAsync("updateProgram", Selection, new { id = current.Id, version = current.Version, name = "Renamed", description = "New scope" }))
            .Succeeded("program");

        Assert.Equal(current.Version + 1, program.GetProperty("version").GetInt64());
        var stored = await _api.ReadAsync(db => db.Set<ProgramEntity>().SingleAsync(p => p.Id == current.Id));
        // managerId was left out, so it keeps its value (issue 18: an update changes only what it is given).
        Assert.Equal(("Renamed", "New scope", current.ManagerId, current.Version + 1), (stored.Name, stored.Description, stored.ManagerId, stored.Version));
    }

    [Fact]
    public async Task UpdateProgram_InvalidName_IsAValidationError()
    {
        var current = await _api.ReadAsync(db => db.Set<ProgramEntity>().OrderBy(p => p.Id).FirstAsync());

        var payload = await _api.CallAsync("updateProgram", Selection, new { id = current.Id, version = current.Version, name = new string('n', 201) });

        Assert.Equal([("name", "maxLength")], payload.Violations());
    }

    [Fact]
    public async Task UpdateProgram_StaleVersion_IsAConcurrencyErrorAndChangesNothing()
    {
        var current = await _api.ReadAsync(db => db.Set<ProgramEntity>().OrderBy(p => p.Id).FirstAsync());
        (await _api.CallAsync("updateProgram", Selection, new { id = current.Id, version = current.Version, name = "First writer" })).Succeeded("program");

        (await _api.CallAsync("updateProgram", Selection, new { id = current.Id, version = current.Version, name = "Second writer" })).SingleError("ConcurrencyError");

        Assert.Equal("First writer", (await _api.ReadAsync(db => db.Set<ProgramEntity>().SingleAsync(p => p.Id == current.Id))).Name);
    }

    [Fact]
    public async Task UpdateProgram_UnknownId_IsANotFoundError() =>
        (await _api.CallAsync("updateProgram", Selection, new { id = 999999, version = 1, name = "Nobody" })).SingleError("NotFoundError");

    [Fact]
    public async Task ArchiveProgram_CurrentVersion_MarksItArchived()
    {
        var current = await _api.ReadAsync(db => db.Set<ProgramEntity>().OrderBy(p => p.Id).FirstAsync());

        var program = (await _api.CallAsync("archiveProgram", Selection, new { id = current.Id, version = current.Version })).Succeeded("program");

        Assert.True(program.GetProperty("isArchived").GetBoolean());
        Assert.True((await _api.ReadAsync(db => db.Set<ProgramEntity>().SingleAsync(p => p.Id == current.Id))).IsArchived);
    }

    [Fact]
    public async Task ArchiveProgram_StaleVersionOrUnknownId_IsTypedErrors()
    {
        var current = await _api.ReadAsync(db => db.Set<ProgramEntity>().OrderBy(p => p.Id).FirstAsync());

        (await _api.CallAsync("archiveProgram", Selection, new { id = current.Id, version = current.Version + 7 })).SingleError("ConcurrencyError");
        (await _api.CallAsync("archiveProgram", Selection, new { id = 999999, version = 1 })).SingleError("NotFoundError");

        Assert.False((await _api.ReadAsync(db => db.Set<ProgramEntity>().SingleAsync(p => p.Id == current.Id))).IsArchived);
    }
}
