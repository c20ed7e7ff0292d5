using System.Globalization;

namespace PmoGraph.Benchmarks.Workload;

/// <summary>
/// The query mix of issue #10, with the constants the floor's hand-written SQL shares with the GraphQL documents.
/// </summary>
internal static class QueryMix
{
    public const int PageSize = 25;

    public const decimal PageMinimumBudget = 500_000m;

    public static readonly string[] PageStages = ["Executing", "Closing"];

    public const int NestedPortfolios = 2;

    public static readonly QueryCase Page = new(
        "page",
        "filtered, sorted page of projects",
        $$"""
        query Page {
          projects(first: {{PageSize}}, where: { stage: { in: [EXECUTING, CLOSING] }, budgetAtCompletion: { gte: {{PageMinimumBudget.ToString(CultureInfo.InvariantCulture)}} } },
                   order: [{ budgetAtCompletion: DESC }, { name: ASC }]) {
            totalCount
            pageInfo { hasNextPage }
            nodes { id code name stage budgetAtCompletion currency plannedFinish manager { name } }
          }
        }
        """,
        [null]);

    public static readonly QueryCase Nested = new(
        "nested",
        "portfolios > programs > projects + milestones, risks",
        $$"""
        query Nested {
          portfolios(first: {{NestedPortfolios}}) {
            nodes {
              id name
              programs {
                id name
                projects {
                  id code name stage
                  milestones { id name plannedDate actualDate }
                  risks { id title exposure status }
                }
              }
            }
          }
        }
        """,
        [null]);

    /// <summary>The aggregate's shape follows issue #3's example; it is measured only when PmoGraph's schema has the field.</summary>
    public static readonly QueryCase Aggregate = new(
        "aggregate",
        "count and sum of budgets over a filter",
        """
        query Aggregate {
          projectsAggregate(where: { stage: { in: [EXECUTING, CLOSING] } }) {
            count
            sum { budgetAtCompletion }
          }
        }
        """,
        [null]);

    public static QueryCase ById(int projects) => new(
        "byId",
        "one project by id with its program, milestones, risks",
        """
        query ById($id: Int!) {
          project(id: $id) {
            id code name stage budgetAtCompletion plannedStart plannedFinish
            program { id name portfolio { id name } }
            manager { name }
            milestones { id name plannedDate actualDate }
            risks { id title exposure status }
          }
        }
        """,
        [.. Enumerable.Range(0, 16).Select(i => string.Create(CultureInfo.InvariantCulture, $$"""{"id":{{1 + (i * projects / 16)}}}"""))]);
}
