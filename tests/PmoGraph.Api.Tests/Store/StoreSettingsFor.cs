using Microsoft.Extensions.Configuration;
using PmoGraph.Api.Store;

namespace PmoGraph.Api.Tests.Store;

/// <summary>The store settings the API reads at start, for a SQLite store in memory and one more setting.</summary>
internal static class StoreSettingsFor
{
    /// <summary>The settings with <paramref name="key"/> set to <paramref name="value"/>, or left unset when it is null.</summary>
    public static StoreSettings Setting(string key, string? value) =>
        StoreSettings.From(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Provider"] = "Sqlite", ["ConnectionStrings:Pmo"] = "Data Source=:memory:" })
            .AddInMemoryCollection(value is null ? [] : new Dictionary<string, string?> { [key] = value })
            .Build());
}
