using System.Data.Common;
using Npgsql;

namespace PmoGraph.Api.Store;

/// <summary>
/// Npgsql settings the store runs best with, applied to <c>ConnectionStrings:Pmo</c> where it does not set them
/// itself (a setting the connection string names, to any value, wins):
/// <list type="bullet">
/// <item><c>Max Auto Prepare</c>: the engine sends the same few statement shapes with new parameter values, so a
/// statement seen <c>Auto Prepare Min Usages</c> times on a pooled connection is prepared there and later requests
/// skip PostgreSQL's parse and plan.</item>
/// <item><c>No Reset On Close</c>: the API keeps no session state on a connection (row rules are query filters, not
/// <c>SET</c>s), so returning one to the pool needs no <c>DISCARD ALL</c>, which would also drop those prepared
/// statements and cost a round trip on the next request.</item>
/// </list>
/// </summary>
internal static class PostgresConnectionDefaults
{
    /// <summary>Statements kept prepared per physical connection (least recently used recycled); Npgsql warns past 256.</summary>
    public const int MaxAutoPrepare = 128;

    /// <summary>Executions of a statement on a connection before it is prepared there.</summary>
    public const int AutoPrepareMinUsages = 2;

    /// <summary><paramref name="connectionString"/> with the defaults it does not set added.</summary>
    public static string Apply(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var named = given.Keys.Cast<string>().Select(Normalize).ToHashSet(StringComparer.Ordinal);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!named.Contains(Normalize(nameof(NpgsqlConnectionStringBuilder.MaxAutoPrepare))))
        {
            builder.MaxAutoPrepare = MaxAutoPrepare;
        }

        if (!named.Contains(Normalize(nameof(NpgsqlConnectionStringBuilder.AutoPrepareMinUsages))))
        {
            builder.AutoPrepareMinUsages = AutoPrepareMinUsages;
        }

        if (!named.Contains(Normalize(nameof(NpgsqlConnectionStringBuilder.NoResetOnClose))))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    // Npgsql takes a keyword as its display name ("Max Auto Prepare") or its property name ("MaxAutoPrepare"), in any case.
    private static string Normalize(string keyword) => keyword.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
}
