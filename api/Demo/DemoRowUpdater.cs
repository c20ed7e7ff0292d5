using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using PmoGraph.Schema.Data;

namespace PmoGraph.Api.Demo;

/// <summary>
/// Updates columns of rows by id with one statement, prepared once and run row after row inside the seed's
/// transaction, each value a parameter made by the column's own EF Core type mapping, so it is stored exactly as
/// <c>SaveChanges</c> stores it. For the demo timeline's many small changes, which the change tracker would load,
/// compare and save row by row.
/// </summary>
/// <remarks>
/// The command keeps the parameter objects it was made with and each row only changes their values. Npgsql, once it
/// has prepared a command (explicitly, or automatically as the store's <c>Max Auto Prepare</c> makes it after a few
/// runs), binds the parameter objects it parsed the statement with and does not look at the collection again: new
/// parameter objects put in their place would be ignored, and every later run would update the same row with the
/// same values again.
/// </remarks>
internal sealed class DemoRowUpdater : IAsyncDisposable
{
    private readonly DbCommand _command;
    private readonly IReadOnlyList<IProperty> _columns;
    private readonly RelationalTypeMapping[] _mappings;

    private DemoRowUpdater(DbCommand command, IReadOnlyList<IProperty> columns, RelationalTypeMapping[] mappings) =>
        (_command, _columns, _mappings) = (command, columns, mappings);

    /// <summary>An updater of <paramref name="properties"/> of <typeparamref name="TEntity"/>'s table, keyed by its id.</summary>
    public static DemoRowUpdater Create<TEntity>(PmoDbContext db, params string[] properties)
    {
        var type = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not an entity of the store's model.");
        var key = type.FindPrimaryKey()!.Properties.Single();
        IProperty[] columns = [.. properties.Select(p => type.GetProperty(p)), key];
        RelationalTypeMapping[] mappings = [.. columns.Select(c => c.GetRelationalTypeMapping())];
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var set = string.Join(", ", columns.SkipLast(1).Select((c, i) => $"\"{c.GetColumnName()}\" = {Name(i)}"));
        command.CommandText = $"UPDATE \"{type.GetTableName()}\" SET {set} WHERE \"{key.GetColumnName()}\" = {Name(columns.Length - 1)}";
        for (var c = 0; c < columns.Length; c++)
        {
            // Typed by the column's mapping now; each row only gives them values.
            command.Parameters.Add(mappings[c].CreateParameter(command, Name(c), null, columns[c].IsNullable));
        }

        return new DemoRowUpdater(command, columns, mappings);
    }

    /// <summary>Sets the row <paramref name="id"/>'s columns to <paramref name="values"/> (in the order the updater was made with).</summary>
    public async Task UpdateAsync(int id, object?[] values, CancellationToken cancellationToken)
    {
        for (var c = 0; c < _columns.Count; c++)
        {
            var value = c < values.Length ? values[c] : id;
            // As the mapping's CreateParameter converts a value: through the column's value converter, if it has one.
            _command.Parameters[c].Value = (value is not null && _mappings[c].Converter is { } converter ? converter.ConvertToProvider(value) : value) ?? DBNull.Value;
        }

        if (await _command.ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            throw new InvalidOperationException($"The demo's update found no row {id} to change.");
        }
    }

    public ValueTask DisposeAsync() => _command.DisposeAsync();

    private static string Name(int index) => string.Create(CultureInfo.InvariantCulture, $"@u{index}");
}
