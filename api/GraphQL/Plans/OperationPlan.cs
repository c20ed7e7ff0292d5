using GraphQLParser.AST;

namespace PmoGraph.Api.GraphQL.Plans;

/// <summary>A document that parsed and passed every validation rule for its <see cref="PlanKey"/>, ready to execute.</summary>
internal sealed record OperationPlan(GraphQLDocument Document, long ApproximateBytes);
