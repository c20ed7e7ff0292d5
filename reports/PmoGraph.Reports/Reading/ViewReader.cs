using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Dapper;
using PmoGraph.Reports.Views;

namespace PmoGraph.Reports.Reading;

/// <summary>
/// Reads the views with Dapper, row by row: the data reader is consumed as the caller writes, nothing is buffered,
/// so memory stays flat however many rows a view has.
/// </summary>
public sealed class ViewReader(IReportConnectionFactory connections)
{
    /// <summary>The dialect of the store, for translating values into parameters of the right type.</summary>
    public async Task<SqlDialect> DialectAsync(CancellationToken cancellationToken)
    {
        if (_dialect is { } known)
        {
            return known;
        }

        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        _dialect = DialectOf(connection);
        return _dialect.Value;
    }

    private SqlDialect? _dialect;

    public static SqlDialect DialectOf(DbConnection connection) =>
        connection.GetType().Name.StartsWith("Sqlite", StringComparison.Ordinal) ? SqlDialect.Sqlite : SqlDialect.Postgres;

    public async IAsyncEnumerable<ViewRow> ReadAsync(ViewQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var command = new CommandDefinition(query.SelectSql(), query.Parameters, cancellationToken: cancellationToken);
        await using var reader = await connection.ExecuteReaderAsync(command, CommandBehavior.SequentialAccess).ConfigureAwait(false);
        var columns = query.Columns;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var key = Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture);
            var values = new object?[columns.Count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = ColumnValues.FromDatabase(reader.GetValue(i + 1), columns[i].Type);
            }

            yield return new ViewRow(key, values);
        }
    }

    public async Task<long> CountAsync(ViewQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>(
            new CommandDefinition(query.CountSql(), query.Parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }
}
