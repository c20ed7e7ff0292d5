using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace PmoGraph.Api;

/// <summary>What a person starting the API needs to read: where it listens and where to go next.</summary>
internal static class StartupBanner
{
    /// <summary>How to mint a development token, as the banner, the IDE page and README show it.</summary>
    public const string TokenCommand = "dotnet run --project api -- token --role pmo-admin --sub you@example.com";

    public static void Print(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            Console.WriteLine($"PmoGraph is listening on {address}");
            Console.WriteLine($"  GraphQL endpoint and IDE: {address}/graphql");
            Console.WriteLine($"  Health: {address}/health/live, {address}/health/ready");
        }

        Console.WriteLine("  Sign in: every request needs 'Authorization: Bearer <token>'. Get a development token with");
        Console.WriteLine("    " + TokenCommand);
        Console.WriteLine("  (roles: pmo-admin, portfolio-manager, project-manager, analyst, viewer; the IDE takes it in its Headers tab).");
    }
}
