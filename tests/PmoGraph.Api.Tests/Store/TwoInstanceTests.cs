using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Changes;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Portfolios;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Api.Tests.Store;

/// <summary>
/// Two API instances — each with its own container, DbContext pool, Npgsql pool and idempotency store, as two
/// processes would have — on one PostgreSQL database.
/// </summary>
public sealed class TwoInstanceTests : IDisposable
{
    private const string Update = """
        mutation($input: UpdateProjectInput!) {
          updateProject(input: $input) {
            project { id name version }
            errors { __typename ... on ConcurrencyError { expectedVersion actualVersion } }
          }
        }
        """;

    private readonly TestDatabase _database;
    private readonly PmoApiFactory _first;
    private readonly PmoApiFactory _second;

    public TwoInstanceTests()
    {
        _database = TestStores.PostgresAdminConnectionString is null ? null! : TestDatabase.Create(TestStores.Postgres);
        _first = PmoApiFactory.Over(_database);
        _second = PmoApiFactory.Over(_database);
    }

    public void Dispose()
    {
        _first.Dispose();
        _second.Dispose();
        _database?.Dispose();
    }

    private Task<T> ReadAsync<T>(Func<PmoDbContext, Task<T>> read) => ReadAsync(_database, read);

    private static async Task<T> ReadAsync<T>(TestDatabase database, Func<PmoDbContext, Task<T>> read)
    {
        await using var db = new PmoDbContext(database.ContextOptions());
        return await read(db);
    }

    private static object UpdateInput(Project project, string name) => new
    {
        id = project.Id,
        version = project.Version,
        name,
        description = project.Description,
        sponsorId = project.SponsorId,
        managerId = project.ManagerId,
        departmentId = project.DepartmentId,
        plannedStart = project.PlannedStart,
        plannedFinish = project.PlannedFinish,
        forecastStart = project.ForecastStart,
        forecastFinish = project.ForecastFinish,
        percentComplete = project.PercentComplete,
        statusDate = project.StatusDate,
        earnedValueMethod = ScreamingCase(project.EarnedValueMethod.ToString()),
        priority = project.Priority,
    };

    private static string ScreamingCase(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));

    [PostgresFact]
    public async Task Start_TwoInstancesTogether_MigrateAndSeedOnce()
    {
        using var database = TestDatabase.Create(TestStores.Postgres);
        using var first = PmoApiFactory.Over(database);
        using var second = PmoApiFactory.Over(database);

        await Task.WhenAll(Task.Run(first.CreateClient), Task.Run(second.CreateClient));

        Assert.Equal(60, await ReadAsync(database, db => db.Set<Project>().CountAsync()));
        Assert.Equal(3, await ReadAsync(database, db => db.Set<Portfolio>().CountAsync()));
    }

    [PostgresFact]
    public async Task UpdateProject_SameVersionFromBothInstancesAtOnce_OneWinsTheOtherGetsConcurrencyError()
    {
        var clients = new[] { _first.CreateClient(), _second.CreateClient() };
        for (var round = 0; round < 8; round++)
        {
            var project = await ReadAsync(db => db.Set<Project>().AsNoTracking().SingleAsync(p => p.Id == 11));

            var payloads = await Task.WhenAll(clients.Select((client, i) => Task.Run(async () =>
                (await client.DataAsync(Update, new { input = UpdateInput(project, $"Round {round} by instance {i}") })).GetProperty("updateProject"))));

            var winners = payloads.Where(p => p.GetProperty("errors").ValueKind == JsonValueKind.Null).ToList();
            var losers = payloads.Where(p => p.GetProperty("errors").ValueKind != JsonValueKind.Null).ToList();
            var winner = Assert.Single(winners).GetProperty("project");
            var error = Assert.Single(Assert.Single(losers).GetProperty("errors").EnumerateArray());
            Assert.Equal("ConcurrencyError", error.GetProperty("__typename").GetString());
            Assert.Equal(project.Version, error.GetProperty("expectedVersion").GetInt64());
            var stored = await ReadAsync(db => db.Set<Project>().AsNoTracking().SingleAsync(p => p.Id == 11));
            Assert.Equal((project.Version + 1, winner.GetProperty("name").GetString()), (stored.Version, stored.Name));
        }
    }

    [PostgresFact]
    public async Task UpdateProject_RetriedOnConflictFromBothInstances_LosesNoUpdate()
    {
        var clients = new[] { _first.CreateClient(), _second.CreateClient() };
        var start = await ReadAsync(db => db.Set<Project>().AsNoTracking().SingleAsync(p => p.Id == 12));
        const int EditsEach = 6;

        // Each instance appends its edits to the name, re-reading and retrying on a conflict as a client would.
        await Task.WhenAll(clients.Select((client, i) => Task.Run(async () =>
        {
            for (var edit = 0; edit < EditsEach; edit++)
            {
                while (true)
                {
                    var current = await ReadAsync(db => db.Set<Project>().AsNoTracking().SingleAsync(p => p.Id == 12));
                    var payload = (await client.DataAsync(Update, new { input = UpdateInput(current, $"{current.Name}{(char)('a' + i)}") }))
                        .GetProperty("updateProject");
                    if (payload.GetProperty("errors").ValueKind == JsonValueKind.Null)
                    {
                        break;
                    }
                }
            }
        })));

        var stored = await ReadAsync(db => db.Set<Project>().AsNoTracking().SingleAsync(p => p.Id == 12));
        var appended = stored.Name[start.Name.Length..];
        Assert.Equal(start.Version + (2 * EditsEach), stored.Version);
        Assert.Equal((EditsEach, EditsEach), (appended.Count(c => c == 'a'), appended.Count(c => c == 'b')));
    }

    [PostgresFact]
    public async Task IdempotencyKey_SentToBothInstances_AppliedOnceAndReplayedByTheOther()
    {
        var clients = new[] { _first.CreateClient(), _second.CreateClient() };
        var projectId = await ReadAsync(db => db.Set<Project>().Where(p => p.Stage == LifecycleStage.Executing).Select(p => p.Id).FirstAsync());
        var body = new
        {
            query = "mutation($input: SubmitChangeRequestInput!) { submitChangeRequest(input: $input) { changeRequest { id code } errors { __typename } } }",
            variables = new { input = new { projectId, title = "Across instances", costImpact = 100m, scheduleImpactDays = 1 } },
        };

        var responses = await Task.WhenAll(clients.Select(client => Task.Run(async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(body) };
            request.Headers.Add("Idempotency-Key", "shared-key");
            using var response = await client.SendAsync(request);
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync(), Replayed: response.Headers.Contains("Idempotent-Replayed"));
        })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal([false, true], responses.Select(r => r.Replayed).Order());
        Assert.Equal(responses[0].Body, responses[1].Body);
        Assert.Equal(1, await ReadAsync(db => db.Set<ChangeRequest>().CountAsync(c => c.Title == "Across instances")));
    }

    [PostgresFact]
    public async Task Read_AfterTheOtherInstanceWrote_SeesTheChangeAndItsVersion()
    {
        var first = _first.CreateClient();
        var second = _second.CreateClient();
        const string Read = "{ project(id: 13) { name version } }";
        await second.DataAsync(Read);
        var project = await ReadAsync(db => db.Set<Project>().AsNoTracking().SingleAsync(p => p.Id == 13));

        var written = (await first.DataAsync(Update, new { input = UpdateInput(project, "Renamed on the first instance") })).GetProperty("updateProject");
        var seen = (await second.DataAsync(Read)).GetProperty("project");
        var next = (await second.DataAsync(Update, new { input = UpdateInput(await ReadAsync(db => db.Set<Project>().AsNoTracking().SingleAsync(p => p.Id == 13)), "Renamed on the second") }))
            .GetProperty("updateProject");

        Assert.Equal(JsonValueKind.Null, written.GetProperty("errors").ValueKind);
        Assert.Equal(("Renamed on the first instance", project.Version + 1), (seen.GetProperty("name").GetString(), seen.GetProperty("version").GetInt64()));
        Assert.Equal(project.Version + 2, next.GetProperty("project").GetProperty("version").GetInt64());
    }
}
