using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace PmoGraph.Api.Demo;

/// <summary>
/// PostgreSQL: one binary <c>COPY ... FROM STDIN</c> per table and batch, each value converted by the column's EF Core
/// value converter and sent as the column's store type; the identity sequences are moved past the ids written, so
/// rows inserted later are numbered on from them.
/// </summary>
internal sealed class PostgresDemoRowSink(NpgsqlConnection connection) : IDemoRowSink
{
    private readonly HashSet<(string Table, string Key)> _written = [];

    public async Task<int> LastIdAsync(string table, string keyColumn, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT COALESCE(MAX(\"{keyColumn}\"), 0) FROM \"{table}\"", connection);
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task WriteAsync(string table, IReadOnlyList<IProperty> columns, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        var mappings = columns.Select(c => c.GetRelationalTypeMapping()).ToList();
        var copy = $"COPY \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.GetColumnName()}\""))}) FROM STDIN (FORMAT BINARY)";
        await using (var importer = await connection.BeginBinaryImportAsync(copy, cancellationToken))
        {
            foreach (var row in rows)
            {
                await importer.StartRowAsync(cancellationToken);
                for (var c = 0; c < columns.Count; c++)
                {
                    var value = row[c] is { } clr && mappings[c].Converter is { } converter ? converter.ConvertToProvider(clr) : row[c];
                    if (value is null)
                    {
                        await importer.WriteNullAsync(cancellationToken);
                    }
                    else
                    {
                        await importer.WriteAsync(value, mappings[c].StoreTypeNameBase, cancellationToken);
                    }
                }
            }

            await importer.CompleteAsync(cancellationToken);
        }

        if (columns.FirstOrDefault(c => c.IsPrimaryKey()) is { } key)
        {
            _written.Add((table, key.GetColumnName()));
        }
    }

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        foreach (var (table, key) in _written)
        {
            await using var command = new NpgsqlCommand(
                $"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{key}'), (SELECT MAX(\"{key}\") FROM \"{table}\"))", connection);
            await command.ExecuteScalarAsync(cancellationToken);
        }
    }
}
