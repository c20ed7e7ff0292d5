using System.Text.Json;

namespace PmoGraph.Api.Tests.Querying;

public sealed class UuidFilterTests(PmoApiFactory factory) : IClassFixture<PmoApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task ExternalId_EqNeqInNinAndNull_MatchTheRowsReadSeparately()
    {
        var rows = (await _client.AllNodesAsync("projects", "", "id externalId"))
            .Select(n => (Id: n.GetProperty("id").GetInt32(), ExternalId: n.GetProperty("externalId").ValueKind == JsonValueKind.Null ? (Guid?)null : n.GetProperty("externalId").GetGuid()))
            .ToList();
        var some = rows.Where(r => r.ExternalId is not null).Take(3).Select(r => r.ExternalId!.Value).ToList();
        var list = string.Join(", ", some.Select(g => $"\"{g}\""));

        var eq = await _client.ProjectIdsAsync($"where: {{ externalId: {{ eq: \"{some[0]}\" }} }}");
        var neq = await _client.ProjectIdsAsync($"where: {{ externalId: {{ neq: \"{some[0]}\" }} }}");
        var @in = await _client.ProjectIdsAsync($"where: {{ externalId: {{ in: [{list}] }} }}");
        var nin = await _client.ProjectIdsAsync($"where: {{ externalId: {{ nin: [{list}] }} }}");
        var none = await _client.ProjectIdsAsync("where: { externalId: { eq: null } }");

        Assert.Equal(60, rows.Count);
        Assert.Equal(60, rows.Select(r => r.ExternalId).Distinct().Count());
        Assert.Equal(rows.Where(r => r.ExternalId == some[0]).Select(r => r.Id), eq);
        Assert.Equal(rows.Where(r => r.ExternalId != some[0]).Select(r => r.Id), neq);
        Assert.Equal(rows.Where(r => r.ExternalId is { } g && some.Contains(g)).Select(r => r.Id), @in);
        Assert.Equal(rows.Where(r => r.ExternalId is not { } g || !some.Contains(g)).Select(r => r.Id), nin);
        Assert.Equal(rows.Where(r => r.ExternalId is null).Select(r => r.Id), none);
    }

    [Fact]
    public async Task ExternalId_NotAUuid_IsAnArgumentError()
    {
        var response = await _client.QueryAsync("{ projects(where: { externalId: { eq: \"not-a-uuid\" } }) { totalCount } }");

        Assert.Equal(["ARGUMENTS_OF_CORRECT_TYPE"], response.ErrorCodes());
    }
}
