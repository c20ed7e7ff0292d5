using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using PmoGraph.Schema.Authorization;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Api.Security;

/// <summary>
/// A viewer reads no financial or people field: selecting one, or filtering, sorting or grouping by one (which would
/// reveal it as surely), fails the document with <c>AUTH_NOT_AUTHORIZED</c> naming the field.
/// </summary>
/// <remarks>
/// Selections are checked on the document. Arguments are checked once they are coerced, literal or variable alike:
/// one walk over every argument value of every field, through every input object, list and nesting level. An input
/// field is refused when it carries a mark itself, or when it belongs to a <c>where</c>, <c>order</c> or
/// <c>groupBy</c> input the query engine derives from a node graph type and the node's field of that name (or the
/// type it returns, or the node type) is marked.
/// </remarks>
internal sealed class SensitiveFieldRule : ValidationRuleBase
{
    public static readonly SensitiveFieldRule Instance = new();

    // The suffixes of the output types the query engine derives from a graph type, whose fields are named after its
    // fields. {Type}Aggregate and {Type}AggregateGroup are not among them: a count is no more sensitive than totalCount.
    private static readonly string[] Derived = ["SumAggregate", "AvgAggregate", "MinMaxAggregate", "GroupKey"];

    // The engine's input types, each generic over the node graph type whose fields it filters, sorts or groups by.
    private static readonly Type[] EngineInputs = [typeof(FilterInputType<>), typeof(SortInputType<>), typeof(GroupByInputType<>)];

    // Per schema: the schema's instance of each node graph type, found by its CLR type.
    private static readonly ConditionalWeakTable<ISchema, Dictionary<Type, IComplexGraphType>> NodeTypes = [];

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return IsViewer(context)
            ? new(new MatchingNodeVisitor<GraphQLField>((field, ctx) => CheckField(field, ctx)))
            : default;
    }

    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return IsViewer(context) && context.ArgumentValues is not null
            ? new(new MatchingNodeVisitor<GraphQLField>((field, ctx) => CheckArguments(field, ctx)))
            : default;
    }

    private static bool IsViewer(ValidationContext context) => Caller.RoleOf(context.User) == PmoRoles.Viewer;

    private static void CheckField(GraphQLField node, ValidationContext context)
    {
        // The parent comes wrapped (a list or non-null of the object type) when the field sits under a list.
        var parent = context.TypeInfo.GetParentType()?.GetNamedType();
        if (context.TypeInfo.GetFieldDef() is not { } field)
        {
            return;
        }

        var kind = SensitiveFieldExtensions.SensitivityOf(field)
            ?? SensitivityOf(context.Schema, parent, field.Name)
            ?? SensitivityOf(context.Schema, field.ResolvedType?.GetNamedType(), null);
        if (kind is { } k)
        {
            Refuse(context, node, parent is null ? field.Name : $"{parent.Name}.{field.Name}", k);
        }
    }

    /// <summary>Walks the coerced value of each argument the document gives <paramref name="node"/>.</summary>
    private static void CheckArguments(GraphQLField node, ValidationContext context)
    {
        if (context.TypeInfo.GetFieldDef() is not { Arguments: { Count: > 0 } definitions }
            || context.ArgumentValues?.TryGetValue(node, out var values) != true)
        {
            return;
        }

        var refused = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in definitions)
        {
            if (!values!.TryGetValue(argument.Name, out var value) || value.Source == ArgumentSource.FieldDefault)
            {
                continue;
            }

            ASTNode at = node.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == argument.Name) ?? (ASTNode)node;
            if (SensitiveFieldExtensions.SensitivityOf(argument) is { } kind && value.Value is not null)
            {
                Refuse(context, at, $"{node.Name.StringValue}({argument.Name})", kind);
            }

            Walk(context, argument.ResolvedType, value.Value, at, refused);
        }
    }

    private static void Walk(ValidationContext context, IGraphType? type, object? value, ASTNode at, HashSet<string> refused)
    {
        switch (type)
        {
            case null:
                return;
            case NonNullGraphType nonNull:
                Walk(context, nonNull.ResolvedType, value, at, refused);
                return;
            case ListGraphType list when value is IEnumerable items and not string:
                foreach (var item in items)
                {
                    Walk(context, list.ResolvedType, item, at, refused);
                }

                return;
            case ListGraphType list:
                Walk(context, list.ResolvedType, value, at, refused); // a single value coerced for a list
                return;
            case IInputObjectGraphType input when value is not null:
                foreach (var (field, fieldValue) in FieldsGiven(input, value))
                {
                    if (InputSensitivity(context.Schema, input, field) is ({ } kind, var name) && refused.Add(name))
                    {
                        Refuse(context, at, name, kind);
                    }

                    Walk(context, field.ResolvedType, fieldValue, at, refused);
                }

                return;
            default:
                return;
        }
    }

    /// <summary>
    /// The fields an input object value sets: the keys of a dictionary (as GraphQL.NET coerces a plain input object),
    /// or the non-null properties of the object an input type parsed its value into.
    /// </summary>
    private static IEnumerable<(FieldType Field, object? Value)> FieldsGiven(IInputObjectGraphType input, object value)
    {
        if (value is IDictionary<string, object?> dictionary)
        {
            foreach (var (name, fieldValue) in dictionary)
            {
                if (input.GetField(name) is { } field)
                {
                    yield return (field, fieldValue);
                }
            }

            yield break;
        }

        foreach (var field in input.Fields)
        {
            var property = value.GetType().GetProperty(field.Name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property?.GetIndexParameters().Length == 0 && property.GetValue(value) is { } fieldValue)
            {
                yield return (field, fieldValue);
            }
        }
    }

    /// <summary>What an input field reveals, and the field it is named as in the error.</summary>
    private static (SensitiveData? Kind, string Name) InputSensitivity(ISchema schema, IInputObjectGraphType input, FieldType field)
    {
        if ((SensitiveFieldExtensions.SensitivityOf(field) ?? SensitiveFieldExtensions.SensitivityOf(input)) is { } own)
        {
            return (own, $"{input.Name}.{field.Name}");
        }

        // A filter, sort or group key reads the node's field of the same name: it reveals what that field would.
        if (NodeOf(schema, input) is not { } node)
        {
            return (null, string.Empty);
        }

        var nodeField = node.GetField(field.Name);
        var kind = SensitiveFieldExtensions.SensitivityOf(node)
            ?? SensitiveFieldExtensions.SensitivityOf(nodeField)
            ?? SensitiveFieldExtensions.SensitivityOf(nodeField?.ResolvedType?.GetNamedType());
        return (kind, $"{node.Name}.{field.Name}");
    }

    /// <summary>The node graph type whose fields <paramref name="input"/> filters, sorts or groups by, if it is one of the engine's.</summary>
    private static IComplexGraphType? NodeOf(ISchema schema, IInputObjectGraphType input)
    {
        var type = input.GetType();
        if (!type.IsGenericType || !EngineInputs.Contains(type.GetGenericTypeDefinition()))
        {
            return null;
        }

        var nodes = NodeTypes.GetValue(schema, static s => s.AllTypes
            .OfType<IComplexGraphType>()
            .GroupBy(t => t.GetType())
            .ToDictionary(g => g.Key, g => g.First()));
        return nodes.GetValueOrDefault(type.GetGenericArguments()[0]);
    }

    /// <summary>
    /// The sensitivity of a type, or of one of its fields: a type the engine derives from a graph type
    /// (<c>ProjectSumAggregate</c>, <c>ProjectGroupKey</c>, ...) takes the marks of that graph type and of its field of
    /// the same name, so an aggregate or a group key reveals no more than the field itself would.
    /// </summary>
    private static SensitiveData? SensitivityOf(ISchema schema, IGraphType? type, string? fieldName)
    {
        if (type is null)
        {
            return null;
        }

        var name = type.Name ?? string.Empty;
        var source = Derived.FirstOrDefault(s => name.EndsWith(s, StringComparison.Ordinal)) is { } suffix
            && schema.AllTypes[name[..^suffix.Length]] is IComplexGraphType derivedFrom
                ? derivedFrom
                : type;
        if (SensitiveFieldExtensions.SensitivityOf(source) is { } kind)
        {
            return kind;
        }

        if (fieldName is null || ReferenceEquals(source, type) || source is not IComplexGraphType complex || complex.GetField(fieldName) is not { } field)
        {
            return null;
        }

        return SensitiveFieldExtensions.SensitivityOf(field) ?? SensitiveFieldExtensions.SensitivityOf(field.ResolvedType?.GetNamedType());
    }

    private static void Refuse(ValidationContext context, ASTNode node, string field, SensitiveData kind) =>
        context.ReportError(new ValidationError(
            context.Document.Source, null, $"The viewer role may not read '{field}' ({kind.ToString().ToLowerInvariant()} data).", node)
        {
            Code = SecurityErrorCodes.NotAuthorized,
        });
}
