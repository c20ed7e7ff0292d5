using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace PmoGraph.Api;

/// <summary>What a person starting the API needs to read: where it listens and where to go next.</summary>
internal static class StartupBanner
{
    public static void Print(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            Console.WriteLine($"PmoGraph is listening on {address}");
            Console.WriteLine($"  GraphQL endpoint and IDE: {address}/graphql");
            Console.WriteLine($"  Health: {address}/health/live, {address}/health/ready");
        }
    }
}
