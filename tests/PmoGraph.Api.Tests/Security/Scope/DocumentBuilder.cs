using System.Globalization;
using System.Text;

namespace PmoGraph.Api.Tests.Security.Scope;

/// <summary>
/// Writes GraphQL from the schema alone: a field's arguments filled by their types (ids by the entity they name),
/// and a selection of every field of a type down to a depth, so a field added tomorrow is selected tomorrow.
/// </summary>
internal sealed class DocumentBuilder(GraphSchema schema, IReadOnlyCollection<string> entities)
{
    /// <summary>Page wrappers are free: a connection's nodes are the level they stand for.</summary>
    private static readonly HashSet<string> Transparent = ["nodes", "items"];

    /// <summary>As many group keys as an aggregate takes.</summary>
    private const int MaxGroupKeys = 4;

    private static readonly string[] GroupKeyPreference = ["id", "code", "name", "title"];

    public GraphSchema Schema => schema;

    /// <summary>
    /// Fields (<c>Type.field</c>) the caller's role may not read, learnt from its refusals: a viewer's documents leave
    /// them out, so the rest of the walk still reads rows instead of stopping at the sensitive-field rule.
    /// </summary>
    public HashSet<string> Refused { get; } = new(StringComparer.Ordinal);

    /// <summary>A builder over the same schema with no refusals learnt yet.</summary>
    public DocumentBuilder Fresh() => new(schema, entities);

    /// <summary>The entity a field answers rows of: <c>Project</c> for <c>project</c>, <c>projects</c>, <c>projectsAggregate</c>, <c>ProjectsConnection</c>.</summary>
    public string? EntityOfField(FieldDef field)
    {
        var named = field.Type.NamedType;
        foreach (var suffix in new[] { "Payload", "Connection", "CollectionSegment", "Aggregate", "" })
        {
            if (named.EndsWith(suffix, StringComparison.Ordinal) && LeakScanner.EntityNamed(named[..^suffix.Length], entities) is { } e
                && string.Equals(e, named[..^suffix.Length].TrimEnd('s'), StringComparison.OrdinalIgnoreCase))
            {
                return e;
            }
        }

        return EntityInName(field.Name);
    }

    /// <summary>The entity whose name, or last word, the operation's name contains: <c>compareScenarios</c> reads portfolio scenarios.</summary>
    public string? EntityInName(string name) =>
        entities.Select(e => (Entity: e, Score: name.Contains(e, StringComparison.OrdinalIgnoreCase) ? 100 + e.Length
                : name.Contains(LastWord(e), StringComparison.OrdinalIgnoreCase) ? LastWord(e).Length : 0))
            .Where(x => x.Score > 0).OrderByDescending(x => x.Score).Select(x => x.Entity).FirstOrDefault();

    private static string LastWord(string pascal)
    {
        var start = pascal.Length - 1;
        while (start > 0 && !char.IsUpper(pascal[start]))
        {
            start--;
        }

        return pascal[start..];
    }

    /// <summary>The entity an integer argument names, or null when it names none.</summary>
    public string? EntityOfArgument(string argument, FieldDef field, IReadOnlyDictionary<string, string> siblings)
    {
        if (argument is "id" or "ids")
        {
            return EntityOfField(field);
        }

        if (argument == "scopeId")
        {
            return siblings.TryGetValue("scope", out var scope) ? entities.FirstOrDefault(e => string.Equals(e, scope, StringComparison.OrdinalIgnoreCase)) : null;
        }

        var stem = argument.EndsWith("Ids", StringComparison.Ordinal) ? argument[..^3] : argument.EndsWith("Id", StringComparison.Ordinal) ? argument[..^2] : null;
        // Candidates, forced in or out, are projects: what the PMO picks and ranks. Another id naming no entity (ownerId) names none.
        return argument is "forceIn" or "forceOut" || stem == "candidate" ? "Project" : stem is null ? null : LeakScanner.EntityNamed(stem, entities);
    }

    public static bool IsIdName(string name) =>
        name is "id" or "ids" or "forceIn" or "forceOut" || name.EndsWith("Id", StringComparison.Ordinal) || name.EndsWith("Ids", StringComparison.Ordinal);

    /// <summary><c>(a: 1, b: "x")</c> for <paramref name="field"/>, or null when a required argument cannot be filled.</summary>
    public string? Arguments(FieldDef field, ArgumentFill fill, bool root)
    {
        var parts = new List<string>();
        var chosen = new Dictionary<string, string>();
        foreach (var arg in field.Args.OrderBy(a => a.Type.NamedType == "Int" ? 1 : 0))
        {
            var value = ArgumentValue(arg, field, fill, root, chosen);
            if (value is null)
            {
                if (arg.Type.IsNonNull && !arg.HasDefault)
                {
                    return null;
                }

                continue;
            }

            chosen[arg.Name] = value;
            parts.Add(arg.Name + ": " + value);
        }

        return parts.Count == 0 ? "" : "(" + string.Join(", ", parts) + ")";
    }

    private string? ArgumentValue(InputValue arg, FieldDef field, ArgumentFill fill, bool root, Dictionary<string, string> chosen)
    {
        switch (arg.Name)
        {
            case "first" or "take":
                return fill.PageSize.ToString(CultureInfo.InvariantCulture);
            case "last" or "skip" or "after" or "before" or "where" or "order":
                return null;
            case "groupBy" when root && schema.Types.TryGetValue(arg.Type.NamedType, out var groupBy):
                // Grouping by the id makes every group one row: its key and sums are that row's own values.
                var node = arg.Type.NamedType.Replace("GroupByInput", "", StringComparison.Ordinal);
                var keys = groupBy.InputFields
                    .Where(f => f.Type.NamedType == "Boolean" && !Refused.Contains(node + "GroupKey." + f.Name) && !Refused.Contains(node + "." + f.Name))
                    .OrderBy(f => Array.IndexOf(GroupKeyPreference, f.Name) is var i and >= 0 ? i : GroupKeyPreference.Length)
                    .Take(MaxGroupKeys).Select(f => f.Name + ": true").ToList();
                return keys.Count == 0 ? null : "[{ " + string.Join(", ", keys) + " }]";
            case "groupBy":
                return null;
        }

        if (arg.Type.NamedType == "Int" && IsIdName(arg.Name))
        {
            var entity = EntityOfArgument(arg.Name, field, chosen);
            var ids = fill.Ids(entity);
            if (ids.Count == 0)
            {
                return arg.Type.IsNonNull ? CallerScope.MissingId.ToString(CultureInfo.InvariantCulture) : null;
            }

            return arg.Type.IsList ? "[" + string.Join(", ", ids) + "]" : ids[0].ToString(CultureInfo.InvariantCulture);
        }

        if (!arg.Type.IsNonNull && !(root && schema.Types.TryGetValue(arg.Type.NamedType, out var t) && t.Kind == "ENUM"))
        {
            return null;
        }

        return Literal(arg.Type, arg.Name, field, fill, depth: 0);
    }

    /// <summary>A literal of <paramref name="type"/>: the required fields of an input object, plus the ids it names.</summary>
    public string? Literal(TypeRef type, string name, FieldDef field, ArgumentFill fill, int depth)
    {
        if (type.IsNonNull)
        {
            return Literal(type.OfType!, name, field, fill, depth);
        }

        if (type.Kind == "LIST")
        {
            return Literal(type.OfType!, name, field, fill, depth) is { } item ? "[" + item + "]" : null;
        }

        var def = schema[type.NamedType];
        switch (def.Kind)
        {
            case "ENUM":
                return def.EnumValues[fill.EnumChoice % def.EnumValues.Count];
            case "INPUT_OBJECT":
                if (depth > 3)
                {
                    return null;
                }

                var fields = new List<string>();
                foreach (var input in def.InputFields)
                {
                    string? value;
                    if (input.Name.StartsWith("forceOut", StringComparison.Ordinal) && !input.Type.IsNonNull)
                    {
                        // Forced out and forced in at once is refused before anything is read.
                        value = null;
                    }
                    else if (input.Type.NamedType == "Int" && IsIdName(input.Name))
                    {
                        var ids = fill.Ids(EntityOfArgument(input.Name, field, new Dictionary<string, string>()));
                        value = ids.Count == 0 ? (input.Type.IsNonNull ? CallerScope.MissingId.ToString(CultureInfo.InvariantCulture) : null)
                            : input.Type.IsList ? "[" + string.Join(", ", ids) + "]" : ids[0].ToString(CultureInfo.InvariantCulture);
                    }
                    else
                    {
                        value = input.Type.IsNonNull && !input.HasDefault ? Literal(input.Type, input.Name, field, fill, depth + 1) : null;
                    }

                    if (value is not null)
                    {
                        fields.Add(input.Name + ": " + value);
                    }
                    else if (input.Type.IsNonNull && !input.HasDefault)
                    {
                        return null;
                    }
                }

                return "{ " + string.Join(", ", fields) + " }";
            default:
                return Scalar(def.Name, name, fill);
        }
    }

    private static string Scalar(string scalar, string name, ArgumentFill fill) => scalar switch
    {
        "Int" => name switch
        {
            "points" => "3",
            _ when name.Contains("year", StringComparison.OrdinalIgnoreCase) => fill.Date.Year.ToString(CultureInfo.InvariantCulture),
            _ when name.Contains("month", StringComparison.OrdinalIgnoreCase) => "1",
            _ => "3",
        },
        "Long" => "1",
        "Float" => "1.0",
        "Decimal" => name is "from" ? "0" : "1000000",
        "Boolean" => "true",
        "String" => "\"scope walk\"",
        "Date" => "\"" + fill.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "\"",
        "DateTime" => "\"" + fill.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z\"",
        "UUID" => "\"00000000-0000-0000-0000-000000000001\"",
        "ID" => "\"1\"",
        _ => "\"x\"",
    };

    /// <summary>
    /// Every field of <paramref name="typeName"/> but its collections, objects down to <paramref name="depth"/> levels,
    /// with <c>__typename</c> everywhere. Collections are read one at a time (<see cref="Collections"/>): siblings in one
    /// statement multiply each other's rows.
    /// </summary>
    public string Selection(string typeName, int depth, ArgumentFill fill)
    {
        var type = schema[typeName];
        var text = new StringBuilder("__typename");
        if (type.Kind is "UNION" or "INTERFACE")
        {
            foreach (var possible in type.PossibleTypes)
            {
                text.Append(" ... on ").Append(possible).Append(" { ").Append(Selection(possible, depth, fill)).Append(" }");
            }

            return text.ToString();
        }

        foreach (var field in type.Fields)
        {
            if (field.Name is "edges" or "pageInfo" || field.Name.StartsWith("__", StringComparison.Ordinal) || IsCollection(field)
                || Refused.Contains(typeName + "." + field.Name))
            {
                continue;
            }

            if (Field(field, Transparent.Contains(field.Name) ? depth : depth - 1, fill) is { } selected)
            {
                text.Append(' ').Append(selected);
            }
        }

        return text.ToString();
    }

    /// <summary><c>name(args) { selection }</c>, or null when it cannot be filled or is too deep.</summary>
    public string? Field(FieldDef field, int depth, ArgumentFill fill)
    {
        var leaf = schema[field.Type.NamedType].IsLeaf;
        if ((!leaf && depth < 0) || Arguments(field, fill with { PageSize = Math.Min(fill.PageSize, 5) }, root: false) is not { } args)
        {
            return null;
        }

        return leaf ? field.Name + args : field.Name + args + " { " + Selection(field.Type.NamedType, depth, fill) + " }";
    }

    /// <summary>
    /// The collections of the rows <paramref name="field"/> answers (a connection's nodes, a list's items, or the object
    /// itself), each as the selection to put under the field: <c>nodes { __typename id risks(first: 5) { ... } }</c>.
    /// </summary>
    public IEnumerable<(string Name, string Selection)> Collections(FieldDef field, int depth, ArgumentFill fill)
    {
        var type = schema[field.Type.NamedType];
        var wrapper = type.Fields.FirstOrDefault(f => Transparent.Contains(f.Name));
        var rows = wrapper is null ? type : schema[wrapper.Type.NamedType];
        if (rows.Kind != "OBJECT")
        {
            yield break;
        }

        var key = rows.Field("id") is not null ? "__typename id " : "__typename ";
        foreach (var collection in rows.Fields.Where(IsCollection).Where(c => !Refused.Contains(rows.Name + "." + c.Name)))
        {
            if (Field(collection, depth, fill) is { } selected)
            {
                var inner = key + selected;
                yield return (collection.Name, wrapper is null ? inner : wrapper.Name + " { " + inner + " }");
            }
        }
    }

    /// <summary>A field reading many rows: a list of objects, a page, an aggregate (but not a page's own nodes or groups).</summary>
    private bool IsCollection(FieldDef field) =>
        !schema[field.Type.NamedType].IsLeaf
        && !Transparent.Contains(field.Name) && field.Name != "groups"
        && (field.Type.IsList || field.Args.Any(a => a.Name is "first" or "take" or "groupBy"));
}
