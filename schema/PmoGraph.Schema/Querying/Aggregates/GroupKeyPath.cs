using System.Linq.Expressions;

namespace PmoGraph.Schema.Querying;

/// <summary>A grouping key: its GraphQL path (<c>sponsor.department.name</c>) and the row-to-value lambda.</summary>
internal sealed record GroupKeyPath(IReadOnlyList<string> Path, LambdaExpression Key);
