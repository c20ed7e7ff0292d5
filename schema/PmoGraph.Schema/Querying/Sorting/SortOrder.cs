using System.Linq.Expressions;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using GraphQL;
using PmoGraph.Schema.Common;

namespace PmoGraph.Schema.Querying;

/// <summary>
/// A total order over a connection's rows: the client's <c>order</c> keys in list order, then the id.
/// Nulls are the smallest value (first ascending, last descending) on every store: each nullable key is preceded by
/// an explicit <c>key IS NOT NULL</c> key, so SQLite (nulls first) and PostgreSQL (nulls last) agree, and reversing
/// every direction reverses the whole order, which is how <c>last</c>/<c>before</c> page backwards.
/// </summary>
internal sealed class SortOrder
{
    private SortOrder(ParameterExpression row, IReadOnlyList<SortKey> keys, string fingerprint)
    {
        Row = row;
        Keys = keys;
        Fingerprint = fingerprint;
    }

    /// <summary>The parameter every key's lambda reads.</summary>
    public ParameterExpression Row { get; }

    public IReadOnlyList<SortKey> Keys { get; }

    /// <summary>Identifies the ordering in cursors, so a cursor from another ordering is rejected.</summary>
    public string Fingerprint { get; }

    /// <summary>Parses an <c>order</c> argument (a list of <c>{Type}SortInput</c> objects) over <paramref name="model"/>.</summary>
    public static SortOrder Parse(QueryModel model, object? order)
    {
        var row = Expression.Parameter(model.EntityType, "e");
        var keys = new List<SortKey>();
        if (order is not null)
        {
            foreach (var (item, i) in QueryExpressions.Items(order).Select((item, i) => (item, i)))
            {
                Collect(row, row, nullable: false, model, AsObject(item, $"order[{i}]"), "", keys);
            }
        }

        if (!keys.Any(k => k.Path == "id"))
        {
            keys.Add(new SortKey("id", Expression.Lambda(Expression.Property(row, nameof(Entity.Id)), row), Descending: false, Nullable: false));
        }

        var text = model.Name + ":" + string.Join(",", keys.Select(k => k.Path + (k.Descending ? " DESC" : " ASC")));
        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];
        return new SortOrder(row, keys, fingerprint);
    }

    /// <summary>
    /// Decodes a client's cursor against this ordering (null when there is none); one from another ordering, or not
    /// from this API, is an <c>INVALID_CURSOR</c> error.
    /// </summary>
    /// <param name="cursor">The client's cursor.</param>
    /// <param name="argument">The argument it came in (<c>after</c> or <c>before</c>), for the message.</param>
    public IReadOnlyList<object?>? Decode(string? cursor, string argument) =>
        cursor is null ? null : Cursor.Decode(cursor, argument, Fingerprint, [.. Keys.Select(k => k.Key.ReturnType)]);

    /// <summary>Orders <paramref name="source"/> by the keys, or by all of them reversed.</summary>
    public IQueryable<T> Apply<T>(IQueryable<T> source, bool reverse)
    {
        var first = true;
        foreach (var key in Keys)
        {
            var descending = key.Descending ^ reverse;
            if (key.Nullable)
            {
                var hasValue = Expression.Lambda(Expression.NotEqual(key.Key.Body, Expression.Constant(null, key.Key.Body.Type)), Row);
                source = OrderBy(source, hasValue, descending, first);
                first = false;
            }

            source = OrderBy(source, key.Key, descending, first);
            first = false;
        }

        return source;
    }

    private static IQueryable<T> OrderBy<T>(IQueryable<T> source, LambdaExpression key, bool descending, bool first)
    {
        var method = (first, descending) switch
        {
            (true, false) => nameof(Queryable.OrderBy),
            (true, true) => nameof(Queryable.OrderByDescending),
            (false, false) => nameof(Queryable.ThenBy),
            (false, true) => nameof(Queryable.ThenByDescending),
        };
        var call = Expression.Call(typeof(Queryable), method, [typeof(T), key.ReturnType], source.Expression, Expression.Quote(key));
        return source.Provider.CreateQuery<T>(call);
    }

    private static void Collect(
        ParameterExpression row, Expression instance, bool nullable, QueryModel model, IDictionary<string, object?> input, string prefix, List<SortKey> keys)
    {
        foreach (var (name, value) in input)
        {
            var path = prefix + name;
            if (value is null)
            {
                continue;
            }

            var field = model.Find(name) is { OptIn.Sortable: true } found
                ? found
                : throw Invalid($"'{path}' is not a sortable field.");
            var member = ParameterReplacer.Apply(field.OptIn.Member, instance);
            var canBeNull = nullable || IsNullable(field.OptIn.Member);
            if (field.OptIn.Kind == QueryFieldKind.Reference)
            {
                Collect(row, member, canBeNull, QueryModel.Of(field.OptIn.GraphType!), AsObject(value, path), path + ".", keys);
                continue;
            }

            if (canBeNull && member.Type.IsValueType && System.Nullable.GetUnderlyingType(member.Type) is null)
            {
                member = Expression.Convert(member, typeof(Nullable<>).MakeGenericType(member.Type));
            }

            var direction = value is SortDirection d ? d : throw Invalid($"'{path}' must be ASC or DESC.");
            keys.Add(new SortKey(path, Expression.Lambda(member, row), direction == SortDirection.Desc, canBeNull));
        }
    }

    private static bool IsNullable(LambdaExpression member) =>
        member.Body is MemberExpression { Member: PropertyInfo property }
            ? new NullabilityInfoContext().Create(property).ReadState == NullabilityState.Nullable
            : !member.ReturnType.IsValueType || System.Nullable.GetUnderlyingType(member.ReturnType) is not null;

    private static IDictionary<string, object?> AsObject(object? value, string path) =>
        QueryExpressions.AsObject(value, path, Invalid, "a sort input object");

    private static ExecutionError Invalid(string message) =>
        new(message) { Code = QueryErrorCodes.InvalidSort };
}
