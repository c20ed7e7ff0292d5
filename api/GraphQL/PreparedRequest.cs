using GraphQLParser.AST;
using PmoGraph.Api.GraphQL.Plans;

namespace PmoGraph.Api.GraphQL;

/// <summary>A request with its document parsed or taken from the plan cache, and the plan to keep once it validates.</summary>
internal sealed record PreparedRequest(GraphQLHttpRequest Request, GraphQLDocument Document, PlanKey Key, OperationPlan Plan, bool FromCache);
