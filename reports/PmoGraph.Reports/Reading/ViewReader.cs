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
        var seekColumns = query.View.SeekColumns;
        var identity = query.RowIdentity;
        var seekAt = seekColumns.Select(c => identity.ToList().IndexOf(c.Name)).ToArray();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            // Sequential access: the identity columns are read once, in order, before the selected ones.
            var identityValues = new object?[identity.Count];
            for (var i = 0; i < identityValues.Length; i++)
            {
                identityValues[i] = reader.GetValue(i);
            }

            var key = Convert.ToInt32(identityValues[0], CultureInfo.InvariantCulture);
            var seek = new object?[seekColumns.Count];
            for (var i = 0; i < seek.Length; i++)
            {
                seek[i] = ColumnValues.FromDatabase(identityValues[seekAt[i]], seekColumns[i].Type);
            }

            var values = new object?[columns.Count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = ColumnValues.FromDatabase(reader.GetValue(identity.Count + i), columns[i].Type);
            }

            yield return new ViewRow(key, seek, values);
        }
    }

    /// <summary>
    /// Sends the query and reads its first row now, so that a failure (a value the store cannot convert, a lost
    /// connection) is raised before the caller has written anything and can still be answered with an error; the rows
    /// are then streamed as <see cref="ReadAsync"/> does. Enumerate the result once, to its end or to a break.
    /// </summary>
    public async Task<IAsyncEnumerable<ViewRow>> StartAsync(ViewQuery query, CancellationToken cancellationToken)
    {
        var rows = ReadAsync(query, cancellationToken).GetAsyncEnumerator(cancellationToken);
        try
        {
            return Rest(rows, await rows.MoveNextAsync().ConfigureAwait(false));
        }
        catch
        {
            await rows.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        static async IAsyncEnumerable<ViewRow> Rest(IAsyncEnumerator<ViewRow> rows, bool hasRow)
        {
            await using (rows.ConfigureAwait(false))
            {
                while (hasRow)
                {
                    yield return rows.Current;
                    hasRow = await rows.MoveNextAsync().ConfigureAwait(false);
                }
            }
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
