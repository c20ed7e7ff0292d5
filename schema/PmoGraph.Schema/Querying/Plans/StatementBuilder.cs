using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace PmoGraph.Schema.Querying;

/// <summary>
/// Builds one root field's statement out of the SQL EF Core generates for each level's query (row rules, filter,
/// order and limit included): each level's parameters renamed so they cannot collide, and a nested level's marker
/// parameter replaced by its parent's column, which makes that level a correlated subquery.
/// </summary>
internal sealed partial class StatementBuilder
{
    /// <summary>A value no request sends as an id: the parameter carrying it is the place of the parent's column.</summary>
    public const int Marker = int.MinValue + 4093;

    private int _parameters;
    private int _aliases;

    public List<DbParameter> Parameters { get; } = [];

    public string NextAlias(string prefix) => SqlDialect.Alias(prefix, _aliases++);

    /// <summary>The SQL of <paramref name="query"/>, its marker (when <paramref name="correlation"/> is given) replaced by it.</summary>
    public string Sql(IQueryable query, string? correlation)
    {
        using var command = query.CreateDbCommand();
        var parameters = command.Parameters.Cast<DbParameter>().ToList();
        // Detached from EF Core's command so they can join the statement's.
        command.Parameters.Clear();
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        var marked = false;
        foreach (var parameter in parameters)
        {
            var name = parameter.ParameterName.TrimStart('@');
            if (correlation is not null && parameter.Value is Marker)
            {
                if (marked)
                {
                    throw new NotCompilableException("A filter value equals the correlation marker.");
                }

                marked = true;
                renamed[name] = correlation;
                continue;
            }

            var fresh = "cr" + (_parameters++).ToString(CultureInfo.InvariantCulture);
            renamed[name] = "@" + fresh;
            parameter.ParameterName = parameter.ParameterName.StartsWith('@') ? "@" + fresh : fresh;
            Parameters.Add(parameter);
        }

        if (correlation is not null && !marked)
        {
            throw new NotCompilableException("The store inlined the correlation marker.");
        }

        return ParameterToken().Replace(command.CommandText, m => renamed.TryGetValue(m.Groups[1].Value, out var to) ? to : m.Value);
    }

    [GeneratedRegex("@([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex ParameterToken();
}
