using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using GraphQL.Types;
using GraphQLParser.AST;

namespace PmoGraph.Schema.Querying;

/// <summary>
/// Compiles a query operation into a <see cref="ReadPlan"/> when every field it selects is one the compiled path
/// answers exactly as the executor would: the engine's root connections and lookups, mapped columns read through
/// expression fields, references, nested connections and <c>__typename</c>. Anything else (a resolver that computes,
/// an aggregate, introspection, a directive) leaves the whole operation to the executor. Plans are kept per operation
/// node, which the plan cache keeps alive for as long as the document is cached.
/// </summary>
internal static class ReadPlanCompiler
{
    private static readonly ConditionalWeakTable<GraphQLOperationDefinition, Compiled> Plans = [];

    public static ReadPlan? For(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(operation);
        return Plans.GetValue(operation, o => new Compiled(Compile(schema, document, o))).Plan;
    }

    private static ReadPlan? Compile(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation)
    {
        if (operation.Operation != OperationType.Query || schema.Query is not { } query || operation.Directives is { Count: > 0 })
        {
            return null;
        }

        try
        {
            var roots = new List<RootMember>();
            foreach (var (key, fields) in Collect(document, operation.SelectionSet, query.Name))
            {
                roots.Add(Root(document, query, key, fields));
            }

            return new ReadPlan(roots);
        }
        catch (NotCompilableException)
        {
            return null;
        }
    }

    private static RootMember Root(GraphQLDocument document, IObjectGraphType query, string key, List<GraphQLField> fields)
    {
        var field = fields[0];
        var name = field.Name.StringValue;
        if (name == "__typename")
        {
            return new RootTypename(key, query.Name);
        }

        var definition = query.GetField(name) ?? throw new NotCompilableException();
        if (definition.GetMetadata<Type?>(CompiledReadMetadata.RootConnectionKey) is not null)
        {
            return new RootConnection(key, field, definition, Connection(document, definition, fields));
        }

        if (definition.GetMetadata<Type?>(CompiledReadMetadata.RootByIdKey) is { } entity)
        {
            return new RootById(key, field, definition, Node(document, ObjectType(definition.ResolvedType), entity, fields));
        }

        if (definition.GetMetadata<Type?>(CompiledReadMetadata.RootAggregateKey) is not null)
        {
            return new RootAggregate(key, Single(fields), definition, Aggregate(document, definition, fields));
        }

        throw new NotCompilableException();
    }

    /// <summary>
    /// An aggregate field's selection. The executor's resolver reads what to compute from the field's own node, so a
    /// response key merged from several aggregate fields is left to it.
    /// </summary>
    private static AggregateShape Aggregate(GraphQLDocument document, FieldType definition, IReadOnlyList<GraphQLField> fields)
    {
        var field = Single(fields);
        var nodeGraph = definition.GetMetadata<Type?>(QueryFieldOptIn.NodeGraphKey) ?? throw new NotCompilableException();
        var members = AggregateMembers(document, ObjectType(definition.ResolvedType), Merge(fields), inGroup: false);
        return new AggregateShape(nodeGraph, AggregateSelection.Of(field, document), members);
    }

    private static List<AggregateMember> AggregateMembers(GraphQLDocument document, IObjectGraphType type, IEnumerable<ASTNode> selections, bool inGroup)
    {
        var members = new List<AggregateMember>();
        foreach (var (key, selected) in Collect(document, selections, type.Name))
        {
            var name = selected[0].Name.StringValue;
            members.Add(name switch
            {
                "__typename" => new AggregateTypenameMember(key, type.Name),
                "count" => new AggregateCountMember(key),
                "sum" or "avg" or "min" or "max" => Function(document, ObjectType(Field(type, name).ResolvedType), key, name, selected),
                "groups" when !inGroup => new AggregateGroupsMember(key, AggregateMembers(document, ObjectType(Field(type, name).ResolvedType), Merge(selected), inGroup: true)),
                "key" when inGroup => new AggregateKeyMember(key, GroupKey(document, ObjectType(Field(type, name).ResolvedType), Merge(selected))),
                _ => throw new NotCompilableException(),
            });
        }

        return members;
    }

    private static AggregateFunctionMember Function(GraphQLDocument document, IObjectGraphType type, string key, string operation, IReadOnlyList<GraphQLField> fields)
    {
        var members = new List<AggregateValueMember>();
        foreach (var (valueKey, selected) in Collect(document, Merge(fields), type.Name))
        {
            var name = selected[0].Name.StringValue;
            members.Add(name == "__typename"
                ? new AggregateValueMember(valueKey, null, type.Name, null)
                : new AggregateValueMember(valueKey, name, type.Name, Scalar(Field(type, name), selected)));
        }

        return new AggregateFunctionMember(key, operation, type.Name, members);
    }

    private static GroupKeyShape GroupKey(GraphQLDocument document, IObjectGraphType type, IEnumerable<ASTNode> selections)
    {
        var members = new List<GroupKeyMember>();
        foreach (var (key, selected) in Collect(document, selections, type.Name))
        {
            var name = selected[0].Name.StringValue;
            if (name == "__typename")
            {
                members.Add(new GroupKeyMember(key, null, null, null));
                continue;
            }

            var definition = Field(type, name);
            members.Add(Unwrapped(definition.ResolvedType) is IObjectGraphType reference
                ? new GroupKeyMember(key, name, null, GroupKey(document, reference, Merge(selected)))
                : new GroupKeyMember(key, name, Scalar(definition, selected), null));
        }

        return new GroupKeyShape(type.Name, members);
    }

    /// <summary>A nullable leaf field without arguments: what an aggregate's values and keys are.</summary>
    private static ScalarGraphType Scalar(FieldType definition, IReadOnlyList<GraphQLField> fields) =>
        fields.Any(f => f.Arguments is { Count: > 0 } || f.SelectionSet is not null) || definition.ResolvedType is not ScalarGraphType scalar
            ? throw new NotCompilableException()
            : scalar;

    private static GraphQLField Single(IReadOnlyList<GraphQLField> fields) => fields is [var field] ? field : throw new NotCompilableException();

    private static ConnectionPlan Connection(GraphQLDocument document, FieldType definition, IReadOnlyList<GraphQLField> fields)
    {
        var nodeGraph = definition.GetMetadata<Type?>(QueryFieldOptIn.NodeGraphKey) ?? throw new NotCompilableException();
        var entity = QueryModel.Of(nodeGraph).EntityType;
        var connection = ObjectType(definition.ResolvedType);
        var members = new List<ConnectionMember>();
        foreach (var (key, selected) in Collect(document, Merge(fields), connection.Name))
        {
            var name = selected[0].Name.StringValue;
            members.Add(name switch
            {
                "__typename" => new ConnectionTypename(key, connection.Name),
                "totalCount" => new ConnectionTotal(key),
                "nodes" => new ConnectionNodes(key, Node(document, ObjectType(Field(connection, name).ResolvedType), entity, selected)),
                "edges" => Edges(document, ObjectType(Field(connection, name).ResolvedType), entity, key, selected),
                "pageInfo" => PageInfo(document, ObjectType(Field(connection, name).ResolvedType), key, selected),
                _ => throw new NotCompilableException(),
            });
        }

        return new ConnectionPlan(nodeGraph, members);
    }

    private static ConnectionEdges Edges(GraphQLDocument document, IObjectGraphType edge, Type entity, string key, IReadOnlyList<GraphQLField> fields)
    {
        var members = new List<EdgeMember>();
        foreach (var (edgeKey, selected) in Collect(document, Merge(fields), edge.Name))
        {
            var name = selected[0].Name.StringValue;
            members.Add(name switch
            {
                "__typename" => new EdgeTypename(edgeKey, edge.Name),
                "cursor" => new EdgeCursor(edgeKey),
                "node" => new EdgeNode(edgeKey, Node(document, ObjectType(Field(edge, name).ResolvedType), entity, selected)),
                _ => throw new NotCompilableException(),
            });
        }

        return new ConnectionEdges(key, members);
    }

    private static ConnectionPageInfo PageInfo(GraphQLDocument document, IObjectGraphType pageInfo, string key, IReadOnlyList<GraphQLField> fields)
    {
        var members = new List<PageInfoMember>();
        foreach (var (infoKey, selected) in Collect(document, Merge(fields), pageInfo.Name))
        {
            members.Add(new PageInfoMember(infoKey, selected[0].Name.StringValue switch
            {
                "__typename" => PageInfoField.Typename,
                "hasNextPage" => PageInfoField.HasNextPage,
                "hasPreviousPage" => PageInfoField.HasPreviousPage,
                "startCursor" => PageInfoField.StartCursor,
                "endCursor" => PageInfoField.EndCursor,
                _ => throw new NotCompilableException(),
            }, pageInfo.Name));
        }

        return new ConnectionPageInfo(key, members);
    }

    private static NodePlan Node(GraphQLDocument document, IObjectGraphType node, Type entity, IReadOnlyList<GraphQLField> fields)
    {
        var members = new List<NodeMember>();
        foreach (var (key, selected) in Collect(document, Merge(fields), node.Name))
        {
            var field = selected[0];
            var name = field.Name.StringValue;
            if (name == "__typename")
            {
                members.Add(new NodeTypename(key, node.Name));
                continue;
            }

            var definition = Field(node, name);
            if (definition.GetMetadata<LambdaExpression?>(CompiledReadMetadata.NestedAggregateKey) is { } parentKey)
            {
                members.Add(new NodeAggregate(key, Single(selected), definition, MemberName(parentKey), Aggregate(document, definition, selected)));
            }
            else if (definition.GetMetadata<NavigationInfo?>(ProjectionMetadata.ChildrenKey) is { } children)
            {
                members.Add(new NodeChildren(key, field, definition, MemberName(children.ForeignKey), Connection(document, definition, selected)));
            }
            else if (definition.GetMetadata<NavigationInfo?>(ProjectionMetadata.ReferenceKey) is { } reference)
            {
                if (field.Arguments is { Count: > 0 })
                {
                    throw new NotCompilableException();
                }

                members.Add(new NodeReference(key, MemberName(reference.ForeignKey), Node(document, ObjectType(definition.ResolvedType), reference.Target, selected),
                    definition.ResolvedType is NonNullGraphType));
            }
            else
            {
                members.Add(Column(key, field, definition));
            }
        }

        return new NodePlan(entity, members);
    }

    /// <summary>
    /// A field GraphQL.NET resolves by reading one member of the entity (<c>Field(p =&gt; p.Name)</c>), shown through
    /// a scalar type: the compiled path reads that member's column instead.
    /// </summary>
    private static NodeColumn Column(string key, GraphQLField field, FieldType definition)
    {
        if (field.Arguments is { Count: > 0 } || field.SelectionSet is not null
            || definition.GetMetadata<string?>(ProjectionMetadata.ExpressionPropertyKey) is not { } member
            || definition.Resolver?.GetType() is not { IsGenericType: true } resolver
            || resolver.GetGenericTypeDefinition().Name != "ExpressionFieldResolver`2")
        {
            throw new NotCompilableException();
        }

        var type = definition.ResolvedType;
        var nonNull = type is NonNullGraphType;
        if (type is NonNullGraphType wrapped)
        {
            type = wrapped.ResolvedType;
        }

        return type is ScalarGraphType scalar ? new NodeColumn(key, member, scalar, nonNull) : throw new NotCompilableException();
    }

    private static FieldType Field(IComplexGraphType type, string name) => type.GetField(name) ?? throw new NotCompilableException();

    private static IObjectGraphType ObjectType(IGraphType? type) => Unwrapped(type) as IObjectGraphType ?? throw new NotCompilableException();

    private static IGraphType? Unwrapped(IGraphType? type)
    {
        while (type is NonNullGraphType or ListGraphType)
        {
            type = type is NonNullGraphType nonNull ? nonNull.ResolvedType : ((ListGraphType)type).ResolvedType;
        }

        return type;
    }

    private static string MemberName(LambdaExpression key) => QueryExpressions.OwnMember(key) ?? throw new NotCompilableException();

    /// <summary>The selection sets of fields merged under one response key, as one list of selections.</summary>
    private static List<ASTNode> Merge(IReadOnlyList<GraphQLField> fields)
    {
        var selections = new List<ASTNode>();
        foreach (var field in fields)
        {
            if (field.SelectionSet is null)
            {
                throw new NotCompilableException();
            }

            selections.AddRange(field.SelectionSet.Selections);
        }

        return selections;
    }

    private static List<(string Key, List<GraphQLField> Fields)> Collect(GraphQLDocument document, GraphQLSelectionSet set, string typeName) =>
        Collect(document, set.Selections, typeName);

    /// <summary>
    /// The fields of a selection in response order, grouped by response key, with fragments spread in (GraphQL's
    /// CollectFields). A directive or a fragment on another type makes the selection one the executor answers.
    /// </summary>
    private static List<(string Key, List<GraphQLField> Fields)> Collect(GraphQLDocument document, IEnumerable<ASTNode> selections, string typeName)
    {
        var result = new List<(string Key, List<GraphQLField> Fields)>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        Add(selections);
        return result;

        void Add(IEnumerable<ASTNode> nodes)
        {
            foreach (var node in nodes)
            {
                if (node is IHasDirectivesNode { Directives.Count: > 0 })
                {
                    throw new NotCompilableException();
                }

                switch (node)
                {
                    case GraphQLField field:
                        var key = (field.Alias?.Name ?? field.Name).StringValue;
                        var index = result.FindIndex(r => r.Key == key);
                        if (index < 0)
                        {
                            result.Add((key, [field]));
                        }
                        else
                        {
                            result[index].Fields.Add(field);
                        }

                        break;
                    case GraphQLInlineFragment inline:
                        Condition(inline.TypeCondition);
                        Add(inline.SelectionSet.Selections);
                        break;
                    case GraphQLFragmentSpread spread:
                        var name = spread.FragmentName.Name.StringValue;
                        if (!visited.Add(name))
                        {
                            break;
                        }

                        var fragment = document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(f => f.FragmentName.Name.StringValue == name)
                            ?? throw new NotCompilableException();
                        if (fragment.Directives is { Count: > 0 })
                        {
                            throw new NotCompilableException();
                        }

                        Condition(fragment.TypeCondition);
                        Add(fragment.SelectionSet.Selections);
                        break;
                    default:
                        throw new NotCompilableException();
                }
            }
        }

        void Condition(GraphQLTypeCondition? condition)
        {
            if (condition is not null && condition.Type.Name.StringValue != typeName)
            {
                throw new NotCompilableException();
            }
        }
    }

    private sealed record Compiled(ReadPlan? Plan);
}

/// <summary>The operation, or this request of it, is one the executor answers, not the compiled path.</summary>
internal sealed class NotCompilableException : Exception
{
    public NotCompilableException()
        : base("The compiled read path does not answer this operation.")
    {
    }

    public NotCompilableException(string message)
        : base(message)
    {
    }

    public NotCompilableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
