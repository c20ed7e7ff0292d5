using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace PmoGraph.Schema.Graph;

/// <summary>
/// The introspection fields of the GraphQL specification (and of graphql-js 16, whose getIntrospectionQuery standard
/// tools send) that GraphQL.NET 8 lacks: <c>__Type.specifiedByURL</c>, <c>includeDeprecated</c> on a directive's
/// <c>args</c>, and the directive deprecation of graphql-js's <c>experimentalDirectiveDeprecation</c> option.
/// </summary>
internal static class IntrospectionFields
{
    /// <summary>The metadata key a scalar sets to publish the URL of its specification (<c>@specifiedBy</c>).</summary>
    public const string SpecifiedByUrl = "specifiedByURL";

    /// <summary>Adds the missing fields to an introspection type before the schema initializes it.</summary>
    public static void Extend(IGraphType graphType)
    {
        switch (graphType)
        {
            case IObjectGraphType { Name: "__Type" } type:
                type.AddField(new FieldType
                {
                    Name = "specifiedByURL",
                    Description = "The URL of the specification a custom scalar follows; null for other types and scalars that name none.",
                    Type = typeof(StringGraphType),
                    Resolver = new FuncFieldResolver<string?>(context =>
                        context.Source is ScalarGraphType scalar ? scalar.GetMetadata<string?>(SpecifiedByUrl) : null),
                });
                break;
            case IObjectGraphType { Name: "__Directive" } directive:
                WithIncludeDeprecated<QueryArgument>(directive.GetField("args")!, argument => argument.DeprecationReason is not null);
                directive.AddField(new FieldType
                {
                    Name = "isDeprecated",
                    Type = typeof(NonNullGraphType<BooleanGraphType>),
                    Resolver = new FuncFieldResolver<bool>(context => DeprecationReason(context.Source) is not null),
                });
                directive.AddField(new FieldType
                {
                    Name = "deprecationReason",
                    Type = typeof(StringGraphType),
                    Resolver = new FuncFieldResolver<string?>(context => DeprecationReason(context.Source)),
                });
                break;
            case IObjectGraphType { Name: "__Schema" } schema:
                WithIncludeDeprecated<Directive>(schema.GetField("directives")!, item => DeprecationReason(item) is not null);
                break;
        }
    }

    /// <summary>GraphQL.NET 8 gives a directive no deprecation; one that gains it (or any other element) is read here.</summary>
    private static string? DeprecationReason(object? element) => (element as IProvideDeprecationReason)?.DeprecationReason;

    /// <summary>Adds <c>includeDeprecated: Boolean = false</c> to a list field: without it, deprecated items are left out.</summary>
    private static void WithIncludeDeprecated<T>(FieldType field, Func<T, bool> deprecated)
    {
        var resolve = field.Resolver ?? throw new InvalidOperationException($"The introspection field {field.Name} has no resolver.");
        field.Arguments ??= [];
        field.Arguments.Add(new QueryArgument<BooleanGraphType> { Name = "includeDeprecated", DefaultValue = false });
        field.Resolver = new FuncFieldResolver<object?>(async context =>
        {
            var items = await resolve.ResolveAsync(context).ConfigureAwait(false);
            if (context.GetArgument("includeDeprecated", false) || items is not IList<T> list)
            {
                return items;
            }

            // GraphQL.NET answers these lists as pooled arrays whose only reliable members are Count and the indexer.
            var kept = new List<T>(list.Count);
            for (var i = 0; i < list.Count; i++)
            {
                if (!deprecated(list[i]))
                {
                    kept.Add(list[i]);
                }
            }

            return kept;
        });
    }
}
