using PmoGraph.Api;
using PmoGraph.Api.Cli;
using PmoGraph.Api.Demo;
using PmoGraph.Api.GraphQL;
using PmoGraph.Api.GraphQL.Ide;
using PmoGraph.Api.Health;
using PmoGraph.Api.Reports;
using PmoGraph.Api.Security;
using PmoGraph.Api.Store;
using PmoGraph.Api.Telemetry;
using PmoGraph.Reports;
using PmoGraph.Schema;

try
{
    var builder = WebApplication.CreateBuilder(args);
    if (string.IsNullOrEmpty(builder.Configuration["urls"]))
    {
        builder.WebHost.UseUrls("http://localhost:5080");
    }

    builder.Services.AddPmoStore();
    builder.Services.AddPmoSchema(builder.Configuration);
    builder.Services.AddPmoGraphQLTransport();
    builder.Services.AddPmoIde();
    builder.Services.AddPmoHealth();
    builder.Services.AddPmoSecurity(builder.Configuration, builder.Environment);
    builder.Services.AddPmoReportAccess();
    builder.Services.AddPmoTelemetry(builder.Configuration);

    var app = builder.Build();

    if (await CliVerbs.RunAsync(app, args) is { } exitCode)
    {
        return exitCode;
    }

    await app.Services.PrepareStoreAsync(DemoScale.Default, app.Lifetime.ApplicationStopping);

    app.UsePmoSecurity();
    app.MapPmoHealth();
    app.MapPmoGraphQL();
    app.MapPmoIde();
    app.MapPmoAnalytics();
    app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app));

    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (ConfigurationProblemException.Find(ex) is { } problem)
{
    // A setting the service cannot work with is the operator's to fix: its message, not a stack.
    await Console.Error.WriteLineAsync($"PmoGraph cannot start: {problem.Message}");
    return 2;
}

/// <summary>The API's entry point, named for <c>WebApplicationFactory&lt;Program&gt;</c> in tests.</summary>
public partial class Program;
