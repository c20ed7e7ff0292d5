using System.Collections.Concurrent;
using System.Data.Common;
using System.Linq.Expressions;
using System.Text.Json;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PmoGraph.Schema.Data;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace PmoGraph.Schema.Querying;

/// <summary>
/// Runs a <see cref="ReadPlan"/> for one request: binds each root field's arguments, has EF Core write the SQL of each
/// level (so row rules, filters, order and keyset windows are the engine's own), nests the levels into one statement
/// per root field that builds the answer as JSON, and decodes that JSON straight into the response values, with no
/// entity and no field resolver in between. Whatever this request of the plan cannot answer exactly as the executor
/// would is a <see cref="NotCompilableException"/>: the operation then runs on the executor.
/// </summary>
internal sealed partial class ReadPlanExecutor
{
    private static readonly ConcurrentDictionary<(IModel Model, Type Entity, string Property), ColumnDecoder> Decoders = new();

    private readonly ExecutionContext _context;
    private readonly IServiceProvider _services;
    private readonly PmoDbContext _db;
    private readonly SqlDialect _dialect;
    private readonly PagingOptions _paging;
    private readonly string _tag;
    private readonly Dictionary<object, LevelInfo> _levels = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<object, AggregateLevel> _aggregates = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<NodePlan, ColumnDecoder?[]> _nodeDecoders = new(ReferenceEqualityComparer.Instance);
    private readonly List<KeyValuePair<object, object>> _built = [];
    private readonly CompiledStatementCache? _cache;
    private readonly string? _inputs;
    private readonly IRelationalConnection _connection;

    private ReadPlanExecutor(ExecutionContext context, IServiceProvider services, PmoDbContext db, SqlDialect dialect, string tag, IRelationalConnection connection)
    {
        _connection = connection;
        _tag = tag;
        _context = context;
        _services = services;
        _db = db;
        _dialect = dialect;
        _paging = services.GetRequiredService<IOptions<PagingOptions>>().Value;
        _cache = services.GetService<CompiledStatementCache>();
        _inputs = _cache?.InputsOf(db.Scope.RuleInputs, tag, context.Variables);
    }

    /// <summary>The operation's data, or a <see cref="NotCompilableException"/> when the executor must answer it.</summary>
    public static async Task<CompiledObject> RunAsync(ReadPlan plan, ExecutionContext context, string tag)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(context);
        var services = context.RequestServices ?? throw new NotCompilableException();
        var db = services.GetRequiredService<PmoDbContext>();
        var dialect = SqlDialect.ForProvider(db.Database.ProviderName) ?? throw new NotCompilableException();
        // A store's kept connection when it has one free and the request has no transaction of its own to read in.
        using var lease = db.Database.CurrentTransaction is null ? services.GetService<IReadConnections>()?.Lease() : null;
        var executor = new ReadPlanExecutor(context, services, db, dialect, tag, lease?.Connection ?? db.GetService<IRelationalConnection>());
        var data = new CompiledObject(plan.Roots.Count);
        foreach (var root in plan.Roots)
        {
            data.Add(root.Key, await executor.RootAsync(root).ConfigureAwait(false));
        }

        return data;
    }

    private async Task<object?> RootAsync(RootMember root)
    {
        switch (root)
        {
            case RootTypename typename:
                return typename.TypeName;
            case RootConnection connection:
                {
                    var statement = Statement(root, builder =>
                        ConnectionSql(builder, connection, connection.Connection, connection.Field, connection.Definition, null, null));
                    using var document = await QueryAsync(statement).ConfigureAwait(false) ?? throw new NotCompilableException();
                    return DecodeConnection(document.RootElement, connection.Connection, _levels[connection]);
                }

            case RootById byId:
                {
                    var statement = Statement(root, builder =>
                    {
                        var id = Arguments(byId.Definition, byId.Field).TryGetValue("id", out var value) && value is int i ? i : throw new NotCompilableException();
                        var alias = builder.NextAlias("r");
                        var rows = builder.Sql(Columns(byId.Node, ReadLevel.For(byId.Node.Entity).ById(_services, id)), null);
                        return $"(SELECT {NodeSql(builder, byId.Node, alias)} FROM ({rows}) AS {alias})";
                    });
                    using var document = await QueryAsync(statement).ConfigureAwait(false);
                    if (document is null)
                    {
                        return byId.Definition.ResolvedType is NonNullGraphType ? throw new NotCompilableException() : null;
                    }

                    return DecodeNode(document.RootElement, byId.Node);
                }

            case RootAggregate aggregate:
                {
                    var statement = Statement(root, builder =>
                        AggregateSql(builder, aggregate, aggregate.Aggregate, aggregate.Field, aggregate.Definition, null, null));
                    if (statement.Sql is null)
                    {
                        return DecodeAggregate(default, aggregate.Aggregate, _aggregates[aggregate]);
                    }

                    using var document = await QueryAsync(statement).ConfigureAwait(false) ?? throw new NotCompilableException();
                    return DecodeAggregate(document.RootElement, aggregate.Aggregate, _aggregates[aggregate]);
                }

            default:
                throw new NotCompilableException();
        }
    }

    /// <summary>
    /// The root field's statement: kept from an earlier request with the same inputs (<see cref="CompiledStatementCache"/>,
    /// its levels' decoding state restored), or built by <paramref name="build"/> and kept for the next one.
    /// </summary>
    private (string? Sql, IReadOnlyList<DbParameter> Parameters) Statement(RootMember root, Func<StatementBuilder, string?> build)
    {
        var key = _inputs is null ? null : new StatementKey(root, _db.Model, _inputs);
        if (key is not null && _cache!.Find(key) is { } kept)
        {
            foreach (var (member, level) in kept.Levels)
            {
                if (level is LevelInfo info)
                {
                    _levels[member] = info;
                }
                else
                {
                    _aggregates[member] = (AggregateLevel)level;
                }
            }

            return (kept.Sql, kept.Sql is null ? [] : kept.Parameters());
        }

        _built.Clear();
        var builder = new StatementBuilder();
        var json = build(builder);
        var sql = json is null ? null : _tag + _dialect.Statement(json);
        if (key is not null && RootStatement.Keep(
            sql, builder.Parameters, shared: !_dialect.IsPostgres, [.. _built], _context.Document.Source.Length) is { } statement)
        {
            _cache!.Store(key, statement);
        }

        return (sql, builder.Parameters);
    }

    /// <summary>Sets a level's decoding state, and notes it for the statement being built.</summary>
    private void Record<TLevel>(Dictionary<object, TLevel> levels, object member, TLevel level)
        where TLevel : class
    {
        levels[member] = level;
        _built.Add(new(member, level));
    }

    /// <summary>
    /// Runs the root field's statement as a relational command of the context (its interceptors: the statement counters,
    /// SQLite's interrupt on timeout) on its connection or a kept one (<see cref="IReadConnections"/>), without EF Core's
    /// query pipeline: the statement is raw SQL returning one value, the answer's JSON as UTF-8, so there is nothing to
    /// translate, cache or materialise, and the JSON is parsed from bytes without becoming a string first.
    /// </summary>
    private async Task<StatementJson?> QueryAsync((string? Sql, IReadOnlyList<DbParameter> Parameters) statement)
    {
        var command = _db.GetService<IRawSqlCommandBuilder>().Build(statement.Sql ?? throw new NotCompilableException(), statement.Parameters, _db.Model);
        var parameters = new RelationalCommandParameterObject(
            _connection, command.ParameterValues, null, _db, _db.GetService<IRelationalCommandDiagnosticsLogger>(), CommandSource.FromSqlQuery);
        await using var reader = await command.RelationalCommand.ExecuteReaderAsync(parameters, _context.CancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(_context.CancellationToken).ConfigureAwait(false) || await reader.DbDataReader.IsDBNullAsync(0, _context.CancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return await StatementJson.ReadAsync(reader.DbDataReader, _context.CancellationToken).ConfigureAwait(false);
    }

    private string ConnectionSql(
        StatementBuilder builder, object key, ConnectionPlan connection, GraphQLField field, FieldType definition, string? correlation, string? foreignKey)
    {
        var arguments = Arguments(definition, field);
        var page = PageRequest.From(Int(arguments, "first"), Int(arguments, "last"), Text(arguments, "after"), Text(arguments, "before"), _paging);
        page = page with
        {
            LooksAhead = connection.SelectsPageInfo(page.FromEnd ? PageInfoField.HasPreviousPage : PageInfoField.HasNextPage),
            WithTotal = connection.SelectsTotal,
        };
        var model = QueryModel.Of(connection.NodeGraph);
        var level = ReadLevel.For(model.EntityType);
        var queries = level.Connection(
            _services, model, arguments.GetValueOrDefault("where"), arguments.GetValueOrDefault("order"), page, foreignKey, StatementBuilder.Marker, _dialect.LiteralLimits);
        var cursorMembers = connection.SelectsCursors ? queries.Order.Keys.Select(k => OwnMember(k.Key)).ToList() : [];
        var cursorKeys = cursorMembers.Select(m => Decoder(model.EntityType, m)).ToList();
        Record(_levels, key, new LevelInfo(page, queries.Order, cursorKeys));

        var alias = builder.NextAlias("r");
        var rows = builder.Sql(level.Columns(queries.Page, connection.Nodes.SelectMany(ColumnsOf).Concat(cursorMembers)), correlation);
        var row = connection.Nodes.Select(n => NodeSql(builder, n, alias))
            .Concat(cursorKeys.Select(d => _dialect.Column(alias, d.Column, d.ProviderType)));
        var total = queries.Total is null ? SqlDialect.Zero : SqlDialect.Count(builder.Sql(level.Columns(queries.Total, []), correlation), builder.NextAlias("k"));
        var farSide = queries.FarSide is null ? SqlDialect.False : SqlDialect.Exists(builder.Sql(level.Columns(queries.FarSide, []), correlation));
        return _dialect.Array([_dialect.Aggregate(_dialect.Array(row), $"({rows}) AS {alias}", builder.NextAlias("x")), total, farSide]);
    }

    private string NodeSql(StatementBuilder builder, NodePlan node, string alias)
    {
        var values = new List<string>(node.Members.Count);
        foreach (var member in node.Members)
        {
            switch (member)
            {
                case NodeTypename:
                    break;
                case NodeColumn column:
                    {
                        var decoder = Decoder(node.Entity, column.Property);
                        values.Add(_dialect.Column(alias, decoder.Column, decoder.ProviderType));
                        break;
                    }

                case NodeReference reference:
                    {
                        var foreignKey = alias + "." + SqlDialect.Quote(Decoder(node.Entity, reference.ForeignKey).Column);
                        var target = builder.NextAlias("r");
                        var rows = builder.Sql(
                            Columns(reference.Target, ReadLevel.For(reference.Target.Entity).ById(_services, StatementBuilder.Marker)), foreignKey);
                        values.Add(_dialect.Embed($"SELECT {NodeSql(builder, reference.Target, target)} FROM ({rows}) AS {target}"));
                        break;
                    }

                case NodeChildren children:
                    {
                        var parentId = alias + "." + SqlDialect.Quote(Decoder(node.Entity, nameof(Common.Entity.Id)).Column);
                        values.Add(ConnectionSql(builder, children, children.Connection, children.Field, children.Definition, parentId, children.ForeignKey));
                        break;
                    }

                case NodeAggregate aggregate:
                    {
                        var parentId = alias + "." + SqlDialect.Quote(Decoder(node.Entity, nameof(Common.Entity.Id)).Column);
                        values.Add(AggregateSql(builder, aggregate, aggregate.Aggregate, aggregate.Field, aggregate.Definition, parentId, aggregate.ForeignKey)
                            ?? SqlDialect.Null);
                        break;
                    }

                default:
                    throw new NotCompilableException();
            }
        }

        return _dialect.Array(values);
    }

    /// <summary>A row's level narrowed to the columns <paramref name="node"/> reads.</summary>
    private static IQueryable Columns(NodePlan node, IQueryable rows) => ReadLevel.For(node.Entity).Columns(rows, ColumnsOf(node));

    /// <summary>The members of a node's row its members read: columns, references' keys, and the id child lists hang on.</summary>
    private static IEnumerable<string> ColumnsOf(NodePlan node) => node.Members.Select(member => member switch
    {
        NodeColumn column => column.Property,
        NodeReference reference => reference.ForeignKey,
        _ => nameof(Common.Entity.Id),
    });

    private Dictionary<string, object?> Arguments(FieldType definition, GraphQLField field)
    {
        var values = ExecutionHelper.GetArguments(definition.Arguments, field.Arguments, _context.Variables, _context.Document, field, null);
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (values is not null)
        {
            foreach (var (name, value) in values)
            {
                result[name] = value.Value;
            }
        }

        return result;
    }

    private ColumnDecoder Decoder(Type entity, string property)
    {
        // Called for every value decoded: a static factory, so a lookup allocates nothing.
        return Decoders.GetOrAdd((_db.Model, entity, property), static (key, postgres) =>
        {
            var entityType = key.Model.FindEntityType(key.Entity) ?? throw new NotCompilableException();
            var mapped = entityType.FindProperty(key.Property) ?? throw new NotCompilableException($"'{key.Property}' is not a column of {key.Entity.Name}.");
            return new ColumnDecoder(mapped, postgres);
        }, _dialect.IsPostgres);
    }

    /// <summary>The member of the entity a sort key reads; a key through a reference has no column of the page's rows.</summary>
    private static string OwnMember(LambdaExpression key) =>
        QueryExpressions.OwnMember(key) ?? throw new NotCompilableException("A cursor over a sort key through a reference.");

    private static int? Int(Dictionary<string, object?> arguments, string name) => arguments.GetValueOrDefault(name) is int value ? value : null;

    private static string? Text(Dictionary<string, object?> arguments, string name) => arguments.GetValueOrDefault(name) as string;

    private sealed record LevelInfo(PageRequest Request, SortOrder Order, IReadOnlyList<ColumnDecoder> CursorKeys);
}
