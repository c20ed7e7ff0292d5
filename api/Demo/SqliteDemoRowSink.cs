using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace PmoGraph.Api.Demo;

/// <summary>
/// SQLite: multi-row <c>INSERT</c>s (up to 50 rows, a few hundred parameters, per statement) inside the seed's
/// transaction, each value a parameter made by the column's own EF Core type mapping, so it is stored exactly as
/// <c>SaveChanges</c> stores it.
/// </summary>
internal sealed class SqliteDemoRowSink(DbConnection connection, DbTransaction transaction) : IDemoRowSink
{
    // SQLite looks each bound parameter up by name in the statement's list, so a statement's cost grows with the square
    // of its parameters: a few hundred per statement keeps that negligible while still saving most round trips.
    private const int MaxParametersPerStatement = 240;
    private const int MaxRowsPerStatement = 50;

    public async Task<int> LastIdAsync(string table, string keyColumn, CancellationToken cancellationToken)
    {
        await using var command = Command($"SELECT COALESCE(MAX(\"{keyColumn}\"), 0) FROM \"{table}\"");
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    public async Task WriteAsync(string table, IReadOnlyList<IProperty> columns, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        var mappings = columns.Select(c => c.GetRelationalTypeMapping()).ToList();
        var perStatement = Math.Clamp(MaxParametersPerStatement / columns.Count, 1, MaxRowsPerStatement);
        DbCommand? full = null;
        try
        {
            foreach (var chunk in rows.Chunk(perStatement))
            {
                // Every full chunk reuses one command, so SQLite compiles its statement once per table and batch.
                var command = chunk.Length == perStatement ? full ??= Insert(table, columns, perStatement) : Insert(table, columns, chunk.Length);
                command.Parameters.Clear();
                for (var r = 0; r < chunk.Length; r++)
                {
                    for (var c = 0; c < columns.Count; c++)
                    {
                        command.Parameters.Add(mappings[c].CreateParameter(command, Name((r * columns.Count) + c), chunk[r][c], columns[c].IsNullable));
                    }
                }

                await command.ExecuteNonQueryAsync(cancellationToken);
                if (command != full)
                {
                    await command.DisposeAsync();
                }
            }
        }
        finally
        {
            if (full is not null)
            {
                await full.DisposeAsync();
            }
        }
    }

    public Task CompleteAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Settings for a load the seed's transaction already makes all-or-nothing: no fsync per commit, a larger page cache
    /// and temporary B-trees in memory. Returns what restores the connection's settings afterwards.
    /// </summary>
    public static async Task<Func<Task>> TuneForBulkLoadAsync(DatabaseFacade database, CancellationToken cancellationToken)
    {
        var connection = database.GetDbConnection();
        var before = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var pragma in new[] { "synchronous", "cache_size", "temp_store" })
        {
            await using var read = connection.CreateCommand();
            read.CommandText = $"PRAGMA {pragma}";
            before[pragma] = await read.ExecuteScalarAsync(cancellationToken);
        }

        await database.ExecuteSqlRawAsync("PRAGMA synchronous = OFF; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;", cancellationToken);
        return async () =>
        {
            foreach (var (pragma, value) in before)
            {
                await using var restore = connection.CreateCommand();
                restore.CommandText = string.Create(CultureInfo.InvariantCulture, $"PRAGMA {pragma} = {value}");
                await restore.ExecuteNonQueryAsync(CancellationToken.None);
            }
        };
    }

    private DbCommand Insert(string table, IReadOnlyList<IProperty> columns, int rowCount)
    {
        var sql = new StringBuilder($"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.GetColumnName()}\""))}) VALUES ");
        for (var r = 0; r < rowCount; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            sql.AppendJoin(", ", Enumerable.Range(r * columns.Count, columns.Count).Select(Name));
            sql.Append(')');
        }

        return Command(sql.ToString());
    }

    private static string Name(int index) => string.Create(CultureInfo.InvariantCulture, $"@p{index}");

    private DbCommand Command(string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
