using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Changes;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Api.Tests.Mutations;

public sealed class IdempotencyTests : IDisposable
{
    private const string Submit = """
        mutation($input: SubmitChangeRequestInput!) {
          submitChangeRequest(input: $input) { changeRequest { id code } errors { __typename } }
        }
        """;

    private readonly MutationTestFactory _api = new();

    public void Dispose() => _api.Dispose();

    private async Task<(HttpStatusCode Status, string Body, bool Replayed)> SendAsync(string key, object input)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = Submit, variables = new { input } }) };
        request.Headers.Add("Idempotency-Key", key);
        using var response = await _api.Client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Contains("Idempotent-Replayed"));
    }

    private async Task<object> InputAsync(string title)
    {
        var projectId = await _api.ReadAsync(db => db.Set<Project>().Where(p => p.Stage == LifecycleStage.Executing).Select(p => p.Id).FirstAsync());
        return new { projectId, title, costImpact = 100m, scheduleImpactDays = 1 };
    }

    private Task<int> CountAsync(string title) => _api.ReadAsync(db => db.Set<ChangeRequest>().CountAsync(c => c.Title == title));

    [Fact]
    public async Task Mutation_RepeatedWithSameKeyAndBody_IsAppliedOnceAndReplayed()
    {
        var input = await InputAsync("Idempotent once");

        var first = await SendAsync("key-1", input);
        var second = await SendAsync("key-1", input);

        Assert.Equal((HttpStatusCode.OK, false), (first.Status, first.Replayed));
        Assert.Equal((HttpStatusCode.OK, true), (second.Status, second.Replayed));
        Assert.Equal(first.Body, second.Body);
        Assert.Equal(1, await CountAsync("Idempotent once"));
    }

    [Fact]
    public async Task Mutation_SameKeyDifferentBody_IsRefusedAndNotApplied()
    {
        await SendAsync("key-2", await InputAsync("First body"));

        var reused = await SendAsync("key-2", await InputAsync("Second body"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.Status);
        Assert.Equal(["IDEMPOTENCY_KEY_REUSED"], JsonDocument.Parse(reused.Body).RootElement.ErrorCodes());
        Assert.Equal(0, await CountAsync("Second body"));
    }

    [Fact]
    public async Task Mutation_ConcurrentDuplicates_WriteExactlyOneRow()
    {
        var input = await InputAsync("Concurrent duplicate");

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => SendAsync("key-3", input)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        Assert.Single(responses.Select(r => r.Body).Distinct());
        Assert.Equal(7, responses.Count(r => r.Replayed));
        Assert.Equal(1, await CountAsync("Concurrent duplicate"));
    }

    [Fact]
    public async Task Mutation_FailedFirstAttempt_ReleasesTheKeyForARetry()
    {
        var input = await InputAsync("Retried after a fault");
        _api.FailingSave.Arm(1);

        var failed = await SendAsync("key-4", input);
        var retried = await SendAsync("key-4", input);

        Assert.Contains("INTERNAL_SERVER_ERROR", failed.Body, StringComparison.Ordinal);
        Assert.False(retried.Replayed);
        Assert.Equal(1, await CountAsync("Retried after a fault"));
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("ключ")]
    public async Task Mutation_MalformedKey_Is400(string key)
    {
        var response = await SendAsync(key, await InputAsync("Bad key"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["INVALID_IDEMPOTENCY_KEY"], JsonDocument.Parse(response.Body).RootElement.ErrorCodes());
        Assert.Equal(0, await CountAsync("Bad key"));
    }
}
