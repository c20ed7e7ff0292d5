using System.Collections;
using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using GraphQL.Validation;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Options;
using PmoGraph.Schema.Common;

namespace PmoGraph.Schema.Querying;

/// <summary>
/// Root-field statements kept for reuse, so a repeated request skips building each level's query and asking EF Core
/// for its SQL. A statement is a pure function of what its key holds: the plan's root field (so the document and its
/// literal arguments), the store's model (which carries the row rules), the caller's <see cref="Authorization.RowScope.RuleInputs"/>
/// (the values the row rules read), the statement tag and every variable's value. Requests equal in all of these
/// build the same SQL with the same parameter values, so a kept statement is that request's statement, not an
/// approximation of it. A request whose inputs cannot be written down exactly (a value of a type not listed in
/// <see cref="StatementInputs"/>, a manager's portfolios not yet read) is built anew and not kept. Bounded by entries
/// and approximate bytes (<see cref="CompiledReadOptions"/>); lookups are counted on
/// <c>pmograph.graphql.compiled_statements</c> (<c>result</c>: hit, miss, uncacheable).
/// </summary>
internal sealed class CompiledStatementCache
{
    public const string LookupsInstrument = "pmograph.graphql.compiled_statements";

    private static readonly Meter Meter = new(CompiledReadStrategy.MeterName);
    private static readonly Counter<long> Lookups = Meter.CreateCounter<long>(LookupsInstrument, "{lookup}", "Compiled statement cache lookups by result.");

    private readonly BoundedLru<StatementKey, RootStatement>? _statements;
    private long _hits;
    private long _misses;

    public CompiledStatementCache(IOptions<CompiledReadOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var value = options.Value;
        _statements = value.StatementCacheEntries > 0 && value.StatementCacheBytes > 0
            ? new BoundedLru<StatementKey, RootStatement>(value.StatementCacheEntries, value.StatementCacheBytes)
            : null;
    }

    public long Hits => Interlocked.Read(ref _hits);

    public long Misses => Interlocked.Read(ref _misses);

    public int Count => _statements?.Count ?? 0;

    /// <summary>The approximate bytes the kept statements hold.</summary>
    public long Bytes => _statements?.Bytes ?? 0;

    /// <summary>
    /// The request's part of its root fields' keys (tag, row-rule inputs, variables), written once per request; null
    /// when the cache is off or the request's inputs cannot be written down exactly (its statements are not kept).
    /// </summary>
    public string? InputsOf(string? ruleInputs, string tag, Variables? variables)
    {
        if (_statements is null)
        {
            return null;
        }

        if (ruleInputs is null || StatementInputs.Describe(variables) is not { } described)
        {
            Lookups.Add(1, new KeyValuePair<string, object?>("result", "uncacheable"));
            return null;
        }

        return string.Concat(tag, "\n", ruleInputs, "\n", described);
    }

    public RootStatement? Find(StatementKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var hit = _statements!.TryGet(key, out var statement);
        Interlocked.Increment(ref hit ? ref _hits : ref _misses);
        Lookups.Add(1, new KeyValuePair<string, object?>("result", hit ? "hit" : "miss"));
        return hit ? statement : null;
    }

    public void Store(StatementKey key, RootStatement statement)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(statement);
        _statements!.Add(key, statement, statement.ApproximateBytes + ((long)key.Inputs.Length * sizeof(char)));
    }
}

/// <summary>A kept statement's key: the plan's root field and the store's model by identity, and the request's inputs as text.</summary>
internal sealed class StatementKey(RootMember root, IModel model, string inputs) : IEquatable<StatementKey>
{
    public RootMember Root { get; } = root;

    public IModel Model { get; } = model;

    /// <summary>The request's inputs (<see cref="CompiledStatementCache.InputsOf"/>).</summary>
    public string Inputs { get; } = inputs;

    public bool Equals(StatementKey? other) =>
        other is not null && ReferenceEquals(Root, other.Root) && ReferenceEquals(Model, other.Model) && string.Equals(Inputs, other.Inputs, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as StatementKey);

    public override int GetHashCode() => HashCode.Combine(RuntimeHelpers.GetHashCode(Root), RuntimeHelpers.GetHashCode(Model), StringComparer.Ordinal.GetHashCode(Inputs));
}

/// <summary>
/// A root field's statement as built for one request: its SQL (tagged), its parameters, and the decoding state its
/// levels recorded. A parameter is only read when a command binds it, but Npgsql's belongs to one command at a time,
/// so those are cloned for each run; SQLite's keeps no tie to its command and is shared as EF Core made it (a copy
/// through the public properties would not be the same parameter: its size, read back, is the value's length when
/// unset, and set to that value it truncates text).
/// </summary>
internal sealed class RootStatement
{
    private readonly DbParameter[] _parameters;

    private RootStatement(string? sql, DbParameter[] parameters, KeyValuePair<object, object>[] levels, long documentChars)
    {
        Sql = sql;
        _parameters = parameters;
        Levels = levels;
        ApproximateBytes = ((long)(sql?.Length ?? 0) * sizeof(char)) + parameters.Sum(p => 64 + ValueBytes(p.Value)) + (levels.Length * 512L)
            + (documentChars * sizeof(char));
    }

    /// <summary>The statement, or null when the root field needs none (an aggregate selecting only <c>__typename</c>).</summary>
    public string? Sql { get; }

    /// <summary>What decoding needs of each level, by its plan member.</summary>
    public KeyValuePair<object, object>[] Levels { get; }

    /// <summary>
    /// The SQL, the parameters with their values (a long text or list counts at its length), the levels' state, and
    /// the document the statement's root field holds on to (the parsed operation and the query's text).
    /// </summary>
    public long ApproximateBytes { get; }

    /// <summary>
    /// The statement to keep, or null when a parameter can be neither cloned nor shared (<paramref name="shared"/>:
    /// the provider's parameters may be bound by several commands at once).
    /// </summary>
    public static RootStatement? Keep(
        string? sql, IReadOnlyList<DbParameter> parameters, bool shared, KeyValuePair<object, object>[] levels, long documentChars)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var kept = new DbParameter[parameters.Count];
        for (var i = 0; i < kept.Length; i++)
        {
            if (parameters[i] is ICloneable cloneable && cloneable.Clone() is DbParameter clone)
            {
                kept[i] = clone;
            }
            else if (shared)
            {
                kept[i] = parameters[i];
            }
            else
            {
                return null;
            }
        }

        return new RootStatement(sql, kept, levels, documentChars);
    }

    private static long ValueBytes(object? value) => value switch
    {
        null => 0,
        string text => 24L + (text.Length * sizeof(char)),
        byte[] bytes => 24L + bytes.Length,
        IEnumerable items => items.Cast<object?>().Sum(ValueBytes) + 32,
        _ => 24,
    };

    /// <summary>The parameters for one run: clones where the provider ties a parameter to its command.</summary>
    public List<DbParameter> Parameters()
    {
        var run = new List<DbParameter>(_parameters.Length);
        foreach (var parameter in _parameters)
        {
            run.Add(parameter is ICloneable cloneable ? (DbParameter)cloneable.Clone() : parameter);
        }

        return run;
    }
}

/// <summary>
/// A request's variables written down exactly, type and value, for a statement key or a plan's remembered inputs; null
/// when one holds a value this does not know how to write (it is then not a key, and the statement is not kept).
/// </summary>
/// <remarks>
/// The text is uniquely decodable, so two different sets of values are never written the same way: every token starts
/// with a tag; names, keys and strings are length-prefixed; every other token of variable length (numbers, dates, type
/// numbers, counts) ends with a character it cannot contain. <c>StatementInputsTests</c> reads random values back.
/// </remarks>
internal static class StatementInputs
{
    // Each type written into a key gets a number of its own for the life of the process: short, and never shared.
    private static readonly ConcurrentDictionary<Type, int> _typeNumbers = new();
    private static int _lastTypeNumber;

    public static string? Describe(Variables? variables)
    {
        var text = new StringBuilder();
        if (variables is not null)
        {
            foreach (var variable in variables)
            {
                Name(text, '$', variable.Name, int.MaxValue);
                if (!variable.ValueSpecified)
                {
                    text.Append('-');
                    continue;
                }

                text.Append('=');
                if (!Write(text, variable.Value, int.MaxValue))
                {
                    return null;
                }
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// A request's variable values as the client sent them (before coercion), written down the same way; null past
    /// <paramref name="maxLength"/> characters (stopping there, whatever the size of the values).
    /// </summary>
    public static string? Describe(IReadOnlyDictionary<string, object?>? inputs, int maxLength)
    {
        if (inputs is null || inputs.Count == 0)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        foreach (var (name, value) in inputs)
        {
            if (!Name(text, '$', name, maxLength))
            {
                return null;
            }

            text.Append('=');
            if (!Write(text, value, maxLength) || text.Length > maxLength)
            {
                return null;
            }
        }

        return text.ToString();
    }

    private static int TypeNumber(Type type) => _typeNumbers.GetOrAdd(type, static _ => Interlocked.Increment(ref _lastTypeNumber));

    /// <summary>A tagged, length-prefixed name or string; false (nothing written) when it would pass <paramref name="maxLength"/>.</summary>
    private static bool Name(StringBuilder text, char tag, string name, int maxLength)
    {
        if (name.Length > maxLength - text.Length)
        {
            return false;
        }

        text.Append(tag).Append(name.Length).Append(':').Append(name);
        return true;
    }

    private static bool Write(StringBuilder text, object? value, int maxLength)
    {
        if (text.Length > maxLength)
        {
            return false;
        }

        switch (value)
        {
            case null:
                text.Append('n');
                return true;
            case string s:
                return Name(text, 's', s, maxLength);
            case bool b:
                text.Append(b ? 't' : 'f');
                return true;
            case Enum e:
                text.Append('e').Append(TypeNumber(e.GetType())).Append(':').Append(e.ToString("D")).Append(';');
                return true;
            case decimal m:
                // Its four words, so scale and sign are written exactly (1.0 and 1.00 are different keys).
                var bits = decimal.GetBits(m);
                text.Append('m').Append(bits[0]).Append(',').Append(bits[1]).Append(',').Append(bits[2]).Append(',').Append(bits[3]).Append(';');
                return true;
            case System.Numerics.BigInteger big:
                if (big.GetByteCount() > maxLength - text.Length)
                {
                    return false;
                }

                text.Append('b').Append(big.ToString(CultureInfo.InvariantCulture)).Append(';');
                return true;
            case int or long or short or byte or sbyte or ushort or uint or ulong:
                text.Append('i').Append(value.GetType().Name).Append(':').Append(Convert.ToString(value, CultureInfo.InvariantCulture)).Append(';');
                return true;
            case double d:
                text.Append('d').Append(d.ToString("R", CultureInfo.InvariantCulture)).Append(';');
                return true;
            case float f:
                text.Append('g').Append(f.ToString("R", CultureInfo.InvariantCulture)).Append(';');
                return true;
            case DateTime dt:
                text.Append('T').Append(dt.ToString("O", CultureInfo.InvariantCulture)).Append(';').Append((int)dt.Kind);
                return true;
            case DateTimeOffset dto:
                text.Append('O').Append(dto.ToString("O", CultureInfo.InvariantCulture)).Append(';');
                return true;
            case DateOnly date:
                text.Append('D').Append(date.ToString("O", CultureInfo.InvariantCulture)).Append(';');
                return true;
            case TimeOnly time:
                text.Append('H').Append(time.ToString("O", CultureInfo.InvariantCulture)).Append(';');
                return true;
            case Guid guid:
                text.Append('G').Append(guid.ToString("N"));
                return true;
            case IDictionary<string, object?> map:
                text.Append('{').Append(TypeNumber(map.GetType())).Append(':').Append(map.Count).Append(':');
                foreach (var (name, item) in map)
                {
                    if (!Name(text, 'k', name, maxLength) || !Write(text, item, maxLength))
                    {
                        return false;
                    }
                }

                text.Append('}');
                return true;
            case IEnumerable list:
                text.Append('[').Append(TypeNumber(list.GetType())).Append(':');
                foreach (var item in list)
                {
                    if (!Write(text, item, maxLength))
                    {
                        return false;
                    }

                    text.Append(',');
                }

                text.Append(']');
                return true;
            default:
                return false;
        }
    }
}
