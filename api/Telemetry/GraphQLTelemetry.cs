using System.Diagnostics;
using GraphQL;
using GraphQLParser.AST;

namespace PmoGraph.Api.Telemetry;

/// <summary>
/// One span per GraphQL operation, named as OpenTelemetry's GraphQL conventions name it (<c>query ProjectById</c>,
/// or the operation type alone when it has no name), with its plan-cache result and the SQL commands it sent. Nobody
/// listens unless OpenTelemetry is switched on, and then <see cref="Start"/> returns null and costs next to nothing.
/// </summary>
internal static class GraphQLTelemetry
{
    public const string SourceName = "PmoGraph.GraphQL";
    public const string OperationTypeTag = "graphql.operation.type";
    public const string OperationNameTag = "graphql.operation.name";
    public const string PlanCacheTag = "pmograph.plan_cache";
    public const string SqlStatementsTag = "pmograph.sql.statements";

    private static readonly ActivitySource Source = new(SourceName);

    public static Activity? Start() => Source.StartActivity("graphql");

    /// <summary>Names the span after the operation the request selected, once its document is known.</summary>
    public static void Describe(Activity? activity, GraphQLOperationDefinition? operation, bool planHit)
    {
        if (activity is null)
        {
            return;
        }

        activity.SetTag(PlanCacheTag, planHit ? "hit" : "miss");
        if (operation is null)
        {
            return;
        }

        var type = operation.Operation.ToString().ToLowerInvariant();
        activity.SetTag(OperationTypeTag, type);
        if (operation.Name?.StringValue is { Length: > 0 } name)
        {
            activity.SetTag(OperationNameTag, name);
            activity.DisplayName = $"{type} {name}";
        }
        else
        {
            activity.DisplayName = type;
        }
    }

    /// <summary>Records what the operation did: its SQL commands, and an error status when it answered without data.</summary>
    public static void Complete(Activity? activity, ExecutionResult result, int sqlStatements)
    {
        if (activity is null)
        {
            return;
        }

        activity.SetTag(SqlStatementsTag, sqlStatements);
        if (!result.Executed && result.Errors is { Count: > 0 } errors)
        {
            activity.SetStatus(ActivityStatusCode.Error, errors[0].Code);
        }
    }

    /// <summary>Marks a request refused before it had an operation (a persisted document not found, a syntax error).</summary>
    public static void Refused(Activity? activity, ExecutionError error) =>
        activity?.SetStatus(ActivityStatusCode.Error, error.Code);
}
