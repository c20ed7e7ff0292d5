using System.Text;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PmoGraph.Api.Tests.Security;
using PmoGraph.Schema.Authorization;
using PmoGraph.Schema.Portfolios;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Api.Tests.Querying.Plans;

/// <summary>
/// Walks the schema: every root connection and every lookup by id, selecting every column field of its node and every
/// reference, and then each nested connection in turn (paged, counted, with its own references), is sent as each role. The
/// suite runs in differential mode, so each answer is also computed by the compiled path and compared byte for byte
/// with the executor's; each must have been compiled (a compiled statement was sent) and agree, under each role's
/// row rules.
/// </summary>
public sealed class CompiledReadSchemaWalkTests : IClassFixture<PmoApiFactory>
{
    private const string ExpressionProperty = "ORIGINAL_EXPRESSION_PROPERTY_NAME";
    private const string ReferenceKey = "PmoGraph.Querying.Reference";
    private const string ChildrenKey = "PmoGraph.Querying.Children";
    private const string RootConnectionKey = "PmoGraph.Querying.RootConnection";
    private const string RootByIdKey = "PmoGraph.Querying.RootById";
    private const string RootAggregateKey = "PmoGraph.Querying.RootAggregate";
    private const string NestedAggregateKey = "PmoGraph.Querying.NestedAggregate";

    private readonly PmoApiFactory _factory;

    public CompiledReadSchemaWalkTests(PmoApiFactory factory)
    {
        _factory = factory.WithoutCostLimit();
    }

    public static TheoryData<string> Roles() =>
        [PmoRoles.PmoAdmin, PmoRoles.PortfolioManager, PmoRoles.ProjectManager, PmoRoles.Analyst, PmoRoles.Viewer];

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task EveryRootField_AsRole_CompiledAnswerIsTheExecutors(string role)
    {
        var client = _factory.CreateClientFor(role, await SubjectForAsync(role));
        var schema = _factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var viewer = role == PmoRoles.Viewer;
        var firstIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var compiled = 0;
        foreach (var field in schema.Query.Fields.Where(f => f.GetMetadata<Type?>(RootConnectionKey) is not null))
        {
            var node = NodeOfConnection(field.ResolvedType!);
            if (viewer && IsSensitive(node))
            {
                continue;
            }

            // One query per nested connection: the executor joins sibling lists, whose rows multiply.
            foreach (var children in ChildSelections(node, viewer).Prepend(""))
            {
                var query = $"{{ {field.Name}(first: 4) {{ totalCount pageInfo {{ hasNextPage endCursor }} edges {{ cursor }} nodes {{ {Selection(node, viewer, 0)} {children} }} }} }}";
                var nodes = (await SendAsync(client, query)).GetProperty(field.Name).GetProperty("nodes");
                if (nodes.GetArrayLength() > 0)
                {
                    firstIds[node.Name] = nodes[0].GetProperty("id").GetInt32();
                }
            }

            compiled++;
        }

        foreach (var field in schema.Query.Fields.Where(f => f.GetMetadata<Type?>(RootByIdKey) is not null))
        {
            var node = Unwrap(field.ResolvedType!);
            if ((viewer && IsSensitive(node)) || !firstIds.TryGetValue(node.Name, out var id))
            {
                continue;
            }

            foreach (var children in ChildSelections(node, viewer).Prepend(""))
            {
                var found = await SendAsync(client, $"{{ {field.Name}(id: {id}) {{ {Selection(node, viewer, 0)} {children} }} missing: {field.Name}(id: -1) {{ id }} }}");
                Assert.Equal(id, found.GetProperty(field.Name).GetProperty("id").GetInt32());
            }

            compiled++;
        }

        // Every root connection of the schema, less the viewer's refused types.
        Assert.True(compiled > (viewer ? 20 : 40), $"only {compiled} root fields were walked");
    }

    /// <summary>
    /// Every root aggregate, with every value it offers (totals and per group), grouped by every key field of its
    /// group key type three at a time (a reference by one of its target's fields), and over no row at all; then every
    /// nested aggregate under its parent's root connection. Each answer must be compiled and agree.
    /// </summary>
    [Theory]
    [MemberData(nameof(Roles))]
    public async Task EveryAggregate_AsRole_CompiledAnswerIsTheExecutors(string role)
    {
        var client = _factory.CreateClientFor(role, await SubjectForAsync(role));
        var schema = _factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var viewer = role == PmoRoles.Viewer;
        var walked = 0;
        foreach (var field in schema.Query.Fields.Where(f => f.GetMetadata<Type?>(RootAggregateKey) is not null))
        {
            var connection = schema.Query.GetField(field.Name[..^"Aggregate".Length]);
            if (viewer && (connection is null || IsSensitive(NodeOfConnection(connection.ResolvedType!))))
            {
                continue;
            }

            var aggregate = Unwrap(field.ResolvedType!);
            var values = AggregateValues(aggregate, viewer);
            var keys = GroupKeys(Unwrap(Unwrap(aggregate.GetField("groups")!.ResolvedType!).GetField("key")!.ResolvedType!), viewer);
            foreach (var chunk in keys.Chunk(3))
            {
                var groupBy = string.Join(", ", chunk.Select(k => k.Input));
                var selection = string.Join(" ", chunk.Select(k => k.Selection));
                var data = await SendAsync(client, $"{{ {field.Name}(groupBy: [{groupBy}]) {{ __typename {values} groups {{ __typename key {{ __typename {selection} }} {values} }} }} }}");
                // The groups partition the rows: their counts add up to the total.
                var answer = data.GetProperty(field.Name);
                Assert.Equal(answer.GetProperty("count").GetInt32(), answer.GetProperty("groups").EnumerateArray().Sum(g => g.GetProperty("count").GetInt32()));
            }

            var none = await SendAsync(client, $"{{ {field.Name}(where: {{ id: {{ eq: -1 }} }}) {{ {values} }} }}");
            Assert.Equal(0, none.GetProperty(field.Name).GetProperty("count").GetInt32());
            walked++;
        }

        foreach (var field in schema.Query.Fields.Where(f => f.GetMetadata<Type?>(RootConnectionKey) is not null))
        {
            var node = NodeOfConnection(field.ResolvedType!);
            if (viewer && IsSensitive(node))
            {
                continue;
            }

            foreach (var nested in node.Fields.Where(f => f.GetMetadata<object?>(NestedAggregateKey) is not null))
            {
                var aggregate = Unwrap(nested.ResolvedType!);
                if (viewer && nested.GetMetadata<object?>(SensitiveFieldExtensions.MetadataKey) is not null)
                {
                    continue;
                }

                var values = AggregateValues(aggregate, viewer);
                var key = GroupKeys(Unwrap(Unwrap(aggregate.GetField("groups")!.ResolvedType!).GetField("key")!.ResolvedType!), viewer).FirstOrDefault();
                var groups = key.Input is null ? "" : $"(groupBy: [{key.Input}])";
                var selection = key.Input is null ? "" : $"groups {{ key {{ {key.Selection} }} {values} }}";
                await SendAsync(client, $"{{ {field.Name}(first: 3) {{ nodes {{ id {nested.Name}{groups} {{ {values} {selection} }} }} }} }}");
                walked++;
            }
        }

        Assert.True(walked > (viewer ? 20 : 60), $"only {walked} aggregate fields were walked");
    }

    /// <summary><c>count</c> and each function's fields the role may read.</summary>
    private static string AggregateValues(IObjectGraphType aggregate, bool viewer)
    {
        var parts = new StringBuilder("count");
        foreach (var function in new[] { "sum", "avg", "min", "max" })
        {
            if (aggregate.GetField(function) is { } found)
            {
                var fields = ((IObjectGraphType)Unwrap(found.ResolvedType!, allowScalar: false)).Fields
                    .Where(f => !(viewer && f.GetMetadata<object?>(SensitiveFieldExtensions.MetadataKey) is not null))
                    .Select(f => f.Name)
                    .ToList();
                if (fields.Count > 0)
                {
                    parts.Append($" {function} {{ __typename {string.Join(" ", fields)} }}");
                }
            }
        }

        return parts.ToString();
    }

    /// <summary>Each key field of a group key type as a <c>groupBy</c> element and its selection; a reference by one of its target's fields.</summary>
    private static List<(string Input, string Selection)> GroupKeys(IObjectGraphType key, bool viewer)
    {
        var keys = new List<(string, string)>();
        foreach (var field in key.Fields.Where(f => !(viewer && f.GetMetadata<object?>(SensitiveFieldExtensions.MetadataKey) is not null)))
        {
            if (Unwrap(field.ResolvedType!, allowScalar: true) is IObjectGraphType target)
            {
                var inner = target.Fields.FirstOrDefault(f => f.Name != "id" && Unwrap(f.ResolvedType!, allowScalar: true) is ScalarGraphType
                    && !(viewer && f.GetMetadata<object?>(SensitiveFieldExtensions.MetadataKey) is not null));
                if (inner is not null && !(viewer && IsSensitive(target)))
                {
                    keys.Add(($"{{ {field.Name}: {{ {inner.Name}: true }} }}", $"{field.Name} {{ __typename {inner.Name} }}"));
                }
            }
            else
            {
                keys.Add(($"{{ {field.Name}: true }}", field.Name));
            }
        }

        return keys;
    }

    private async Task<System.Text.Json.JsonElement> SendAsync(HttpClient client, string query)
    {
        _factory.SqlCommands.Reset();
        var response = await client.QueryAsync(query);
        Assert.False(response.TryGetProperty("errors", out var errors), $"{query}\n{errors}");
        Assert.True(_factory.SqlCommands.DifferentialCount > 0, $"the compiled path did not answer {query}");
        return response.GetProperty("data");
    }

    /// <summary>Column fields, and at the first level every reference with its own columns.</summary>
    private static string Selection(IObjectGraphType node, bool viewer, int depth)
    {
        var parts = new StringBuilder("__typename");
        foreach (var field in node.Fields)
        {
            if (viewer && field.GetMetadata<object?>(SensitiveFieldExtensions.MetadataKey) is not null)
            {
                continue;
            }

            if (field.GetMetadata<object?>(ChildrenKey) is not null)
            {
                continue;
            }

            if (field.GetMetadata<object?>(ReferenceKey) is not null)
            {
                var target = Unwrap(field.ResolvedType!);
                if (depth < 2 && !(viewer && IsSensitive(target)))
                {
                    parts.Append($" {field.Name} {{ {Selection(target, viewer, 2)} }}");
                }
            }
            else if (field.GetMetadata<string?>(ExpressionProperty) is not null && field.Arguments is not { Count: > 0 }
                && Unwrap(field.ResolvedType!, allowScalar: true) is ScalarGraphType)
            {
                parts.Append(' ').Append(field.Name);
            }
        }

        return parts.ToString();
    }

    /// <summary>Each nested connection of <paramref name="node"/>, paged and counted, with its own columns and references.</summary>
    private static IEnumerable<string> ChildSelections(IObjectGraphType node, bool viewer)
    {
        foreach (var field in node.Fields.Where(f => f.GetMetadata<object?>(ChildrenKey) is not null))
        {
            var child = NodeOfConnection(field.ResolvedType!);
            if (!(viewer && (IsSensitive(child) || field.GetMetadata<object?>(SensitiveFieldExtensions.MetadataKey) is not null)))
            {
                yield return $"{field.Name}(first: 2) {{ totalCount pageInfo {{ hasNextPage hasPreviousPage }} nodes {{ {Selection(child, viewer, 1)} }} }}";
            }
        }
    }

    private static bool IsSensitive(IGraphType type) => type.GetMetadata<object?>(SensitiveFieldExtensions.MetadataKey) is not null;

    private static IObjectGraphType NodeOfConnection(IGraphType connection) =>
        Unwrap((((IObjectGraphType)Unwrap(connection)).GetField("nodes") ?? ((IObjectGraphType)Unwrap(connection)).GetField("items"))!.ResolvedType!);

    private static IObjectGraphType Unwrap(IGraphType type) => (IObjectGraphType)Unwrap(type, allowScalar: false);

    private static IGraphType Unwrap(IGraphType type, bool allowScalar)
    {
        while (type is NonNullGraphType or ListGraphType)
        {
            type = type is NonNullGraphType n ? n.ResolvedType! : ((ListGraphType)type).ResolvedType!;
        }

        return allowScalar || type is IObjectGraphType ? type : throw new InvalidOperationException(type.Name);
    }

    /// <summary>A subject the role's row rules give rows to: a portfolio's owner, a project's manager, anyone else.</summary>
    private Task<string> SubjectForAsync(string role) => role switch
    {
        PmoRoles.PortfolioManager => _factory.ReadAsync(db => db.Set<Portfolio>().Where(p => p.Owner != null && p.Owner.Subject != null)
            .OrderBy(p => p.Id).Select(p => p.Owner!.Subject!).FirstAsync()),
        PmoRoles.ProjectManager => _factory.ReadAsync(db => db.Set<Project>().Where(p => p.Manager != null && p.Manager.Subject != null)
            .OrderBy(p => p.Id).Select(p => p.Manager!.Subject!).FirstAsync()),
        _ => Task.FromResult("walk." + role),
    };
}
