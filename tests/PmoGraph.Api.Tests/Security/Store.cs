using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Data;

namespace PmoGraph.Api.Tests.Security;

/// <summary>Reads a test host's store directly, outside the API and its rules.</summary>
internal static class Store
{
    public static async Task<T> ReadAsync<T>(this PmoApiFactory api, Func<PmoDbContext, Task<T>> read)
    {
        _ = api.Server; // the host migrates and seeds the store when it starts
        var options = api.Database.ContextOptions();
        await using var db = new PmoDbContext(options);
        return await read(db);
    }
}
