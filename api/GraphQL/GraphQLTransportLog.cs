namespace PmoGraph.Api.GraphQL;

/// <summary>The transport's log events: faults are errors with the exception; a client hanging up is not.</summary>
internal static partial class GraphQLTransportLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Unhandled exception resolving GraphQL field {Path}")]
    public static partial void ResolverFailed(ILogger logger, string path, Exception exception);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "Unhandled exception executing a GraphQL request")]
    public static partial void ExecutionFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "Unhandled exception in the GraphQL endpoint")]
    public static partial void EndpointFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4, Level = LogLevel.Debug, Message = "The client aborted a GraphQL request before it completed")]
    public static partial void ClientAborted(ILogger logger);
}
