using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PmoGraph.Api.Security;

namespace PmoGraph.Api.Tests.Reports.Access;

/// <summary>Issue #16 finding 11: a revoked reporting key's name can be given to a new key; a live one's is a clear refusal.</summary>
public sealed class ReportingKeyNameTests : IDisposable
{
    private readonly PmoApiFactory _api = new();

    private async Task<T> WithStoreAsync<T>(Func<ReportingKeyStore, Task<T>> action)
    {
        await using var scope = _api.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<ReportingKeyStore>());
    }

    private async Task<HttpStatusCode> CatalogueStatusAsync(string key)
    {
        var client = _api.CreateAnonymousClient();
        client.DefaultRequestHeaders.Add(ReportingKeyHandler.Header, key);
        using var response = await client.GetAsync("/reports");
        return response.StatusCode;
    }

    [Fact]
    public async Task Create_NameOfARevokedKey_GivesANewWorkingKeyAndTheOldStaysRevoked()
    {
        var first = await WithStoreAsync(keys => keys.CreateAsync("finance-team", default));
        Assert.True(await WithStoreAsync(keys => keys.RevokeAsync("finance-team", default)));
        var second = await WithStoreAsync(keys => keys.CreateAsync("finance-team", default));
        Assert.True(await WithStoreAsync(keys => keys.RevokeAsync("finance-team", default)));
        var third = await WithStoreAsync(keys => keys.CreateAsync("finance-team", default));

        Assert.Equal(HttpStatusCode.Unauthorized, await CatalogueStatusAsync(first));
        Assert.Equal(HttpStatusCode.Unauthorized, await CatalogueStatusAsync(second));
        Assert.Equal(HttpStatusCode.OK, await CatalogueStatusAsync(third));
        Assert.False(await WithStoreAsync(keys => keys.RevokeAsync("no-such-key", default)));
    }

    [Fact]
    public async Task Create_NameOfALiveKey_ClearRefusalAndTheLiveKeyStillWorks()
    {
        var live = await WithStoreAsync(keys => keys.CreateAsync("powerbi", default));

        var refusal = await Assert.ThrowsAsync<ReportingKeyNameException>(() => WithStoreAsync(keys => keys.CreateAsync("powerbi", default)));

        Assert.Contains("already named 'powerbi'", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, await CatalogueStatusAsync(live));
    }

    [Fact]
    public async Task Create_NameLongerThanTheColumn_ClearRefusal()
    {
        var refusal = await Assert.ThrowsAsync<ReportingKeyNameException>(() => WithStoreAsync(keys => keys.CreateAsync(new string('k', 101), default)));

        Assert.Contains("at most 100 characters", refusal.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _api.Dispose();
}
