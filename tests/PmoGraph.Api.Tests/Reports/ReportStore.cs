using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace PmoGraph.Api.Tests.Reports;

/// <summary>
/// Reads the test store directly, on whichever provider the run is for, to compute what the views should say
/// without going through them. Parameters are written SQLite-style (<c>$name</c>) and renamed for PostgreSQL.
/// </summary>
internal static partial class ReportStore
{
    public static async Task<List<T>> ColumnAsync<T>(PmoApiFactory factory, string sql)
    {
        await using var connection = Open(factory);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<T>();
        while (await reader.ReadAsync())
        {
            values.Add((T)Convert.ChangeType(reader.GetValue(0), typeof(T), System.Globalization.CultureInfo.InvariantCulture));
        }

        return values;
    }

    /// <summary>The columns of a view or table, in order.</summary>
    public static Task<List<string>> ColumnNamesAsync(PmoApiFactory factory, string relation) =>
        ColumnAsync<string>(factory, factory.Database.IsPostgres
            ? $"SELECT column_name::text FROM information_schema.columns WHERE table_name = '{relation}' ORDER BY ordinal_position"
            : $"SELECT name FROM pragma_table_info('{relation}') ORDER BY cid");

    public static async Task ExecuteAsync(PmoApiFactory factory, string sql, params (string Name, object Value)[] parameters)
    {
        var postgres = factory.Database.IsPostgres;
        await using var connection = Open(factory);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = postgres ? SqliteParameter().Replace(sql, "@$1") : sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = postgres ? name.TrimStart('$') : name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        await command.ExecuteNonQueryAsync();
    }

    private static DbConnection Open(PmoApiFactory factory) => factory.Database.IsPostgres
        ? new NpgsqlConnection(factory.Database.ConnectionString)
        : new SqliteConnection(factory.Database.ConnectionString);

    [GeneratedRegex(@"\$([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex SqliteParameter();
}
