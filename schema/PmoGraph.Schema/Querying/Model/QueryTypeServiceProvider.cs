using GraphQL.Types;

namespace PmoGraph.Schema.Querying;

/// <summary>
/// The schema's service provider: the application's, plus the query engine's generic input types
/// (<c>FilterInputType&lt;ProjectType&gt;</c>, <c>AggregateType&lt;ProjectType&gt;</c>, ...), which GraphQL.NET asks for
/// by CLR type while it walks the schema and which DI cannot list in advance.
/// </summary>
public sealed class QueryTypeServiceProvider(IServiceProvider services) : IServiceProvider
{
    /// <inheritdoc/>
    public object? GetService(Type serviceType)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return services.GetService(serviceType) ?? (IsEngineInputType(serviceType) ? Activator.CreateInstance(serviceType) : null);
    }

    private static bool IsEngineInputType(Type type) =>
        type.IsConstructedGenericType
        && typeof(IGraphType).IsAssignableFrom(type)
        && type.GetConstructor(Type.EmptyTypes) is not null
        && type.Assembly == typeof(QueryTypeServiceProvider).Assembly
        && type.Namespace == typeof(QueryTypeServiceProvider).Namespace;
}
