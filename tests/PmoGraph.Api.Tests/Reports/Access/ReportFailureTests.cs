using System.Net;
using System.Text.Json;
using PmoGraph.Reports.Views;

namespace PmoGraph.Api.Tests.Reports.Access;

/// <summary>Issue #16 point 8: a failure of <c>/odata</c> or <c>/reports</c> is a coded JSON body with a trace id, never an empty 500 or a stack.</summary>
public sealed class ReportFailureTests : IDisposable
{
    private readonly PmoApiFactory _api = new();

    [Fact]
    public async Task EveryReadOfAView_StoreFailsBeforeTheFirstRow_500WithCodeAndTraceIdNoStack()
    {
        var client = _api.CreateClient();
        _ = _api.Services;
        foreach (var view in ViewCatalogue.Views.Reverse())
        {
            await ReportStore.ExecuteAsync(_api, $"DROP VIEW {view.Name}");
        }

        foreach (var view in ViewCatalogue.Views)
        {
            foreach (var url in new[] { $"/reports/{view.Name}.csv", $"/reports/{view.Name}.json", $"/odata/{view.Name}", $"/odata/{view.Name}/$count" })
            {
                using var response = await client.GetAsync(url);
                var body = await response.Content.ReadAsStringAsync();

                await ViewAccessByRoleTests.AssertErrorAsync(response, HttpStatusCode.InternalServerError, "INTERNAL_SERVER_ERROR");
                using var document = JsonDocument.Parse(body);
                Assert.Matches("^[0-9a-f]{32}$", document.RootElement.GetProperty("error").GetProperty("traceId").GetString());
                Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
                Assert.DoesNotContain(view.Name, body, StringComparison.Ordinal);
            }
        }
    }

    public void Dispose() => _api.Dispose();
}
