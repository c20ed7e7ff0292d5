using PmoGraph.Api.Security;
using PmoGraph.Api.Store;
using PmoGraph.Schema.Authorization;

namespace PmoGraph.Api.Cli;

/// <summary><c>token</c> mints a signed-in token; <c>reporting-key create|revoke --name N</c> manages Power BI keys.</summary>
internal static class SecurityVerbs
{
    public static async Task<int> TokenAsync(WebApplication app)
    {
        var role = app.Configuration["role"] ?? PmoRoles.PmoAdmin;
        var subject = app.Configuration["sub"];
        if (!PmoRoles.All.Contains(role) || string.IsNullOrWhiteSpace(subject))
        {
            await Console.Error.WriteLineAsync($"Usage: token --role <{string.Join('|', PmoRoles.All)}> --sub <subject>");
            return 2;
        }

        var issuer = app.Services.GetRequiredService<TokenIssuer>();
        string token;
        try
        {
            token = issuer.Mint(role, subject);
        }
        catch (InvalidOperationException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 1;
        }

        Console.WriteLine($"A {role} token for '{subject}', valid for {app.Configuration.GetValue("Auth:TokenLifetimeMinutes", 480)} minutes. Send it as 'Authorization: Bearer <token>':");
        Console.WriteLine(token);
        return 0;
    }

    public static async Task<int> ReportingKeyAsync(WebApplication app, string[] args, CancellationToken cancellationToken)
    {
        var action = args.Length > 1 ? args[1] : null;
        var name = app.Configuration["name"];
        if (action is not ("create" or "revoke") || string.IsNullOrWhiteSpace(name))
        {
            await Console.Error.WriteLineAsync("Usage: reporting-key create --name <name> | reporting-key revoke --name <name>");
            return 2;
        }

        await app.Services.MigrateStoreAsync(cancellationToken);
        await using var scope = app.Services.CreateAsyncScope();
        var keys = scope.ServiceProvider.GetRequiredService<ReportingKeyStore>();
        if (action == "revoke")
        {
            var revoked = await keys.RevokeAsync(name, cancellationToken);
            Console.WriteLine(revoked ? $"Revoked the reporting key '{name}'." : $"There is no live reporting key named '{name}'.");
            return revoked ? 0 : 1;
        }

        string key;
        try
        {
            key = await keys.CreateAsync(name, cancellationToken);
        }
        catch (ReportingKeyNameException refused)
        {
            await Console.Error.WriteLineAsync(refused.Message);
            return 1;
        }

        Console.WriteLine($"The reporting key '{name}' (read-only, /odata and /reports). It is shown once; only its hash is stored:");
        Console.WriteLine(key);
        return 0;
    }
}
