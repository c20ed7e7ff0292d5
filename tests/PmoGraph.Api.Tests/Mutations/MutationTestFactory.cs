using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PmoGraph.Schema.Data;

namespace PmoGraph.Api.Tests.Mutations;

/// <summary>A store of its own for tests that write, with a save that can be made to fail on purpose.</summary>
public sealed class MutationTestFactory : IDisposable
{
    private readonly PmoApiFactory _api = new();

    public MutationTestFactory()
    {
        Client = _api.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<IInterceptor>(FailingSave))).CreateClient();
    }

    public FailingSaveInterceptor FailingSave { get; } = new();

    public HttpClient Client { get; }

    /// <summary>Reads the store directly, outside the API.</summary>
    public async Task<T> ReadAsync<T>(Func<PmoDbContext, Task<T>> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        await using var db = new PmoDbContext(_api.Database.ContextOptions());
        return await read(db);
    }

    public void Dispose() => _api.Dispose();
}
