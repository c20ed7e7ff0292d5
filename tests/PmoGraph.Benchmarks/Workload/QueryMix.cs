using System.Globalization;

namespace PmoGraph.Benchmarks.Workload;

/// <summary>
/// The query mix of issue #10, with the constants the floor's hand-written SQL shares with the GraphQL documents.
/// Nested collections are connections (<c>risks(first: n) { nodes { ... } }</c>), paged per parent in id order.
/// </summary>
internal static class QueryMix
{
    public const int PageSize = 25;

    public const decimal PageMinimumBudget = 500_000m;

    public static readonly string[] PageStages = ["Executing", "Closing"];

    public const int NestedPortfolios = 2;

    /// <summary>Programs per portfolio and projects per program the nested query asks for (the largest page PmoGraph allows).</summary>
    public const int NestedChildren = 50;

    /// <summary>Milestones and risks per project in the nested and by-id queries.</summary>
    public const int NestedLeaves = 20;

    /// <summary>The stage the aggregate leaves out.</summary>
    public const string AggregateExcludedStage = "Cancelled";

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
              programs(first: {{NestedChildren}}) {
                nodes {
                  id name
                  projects(first: {{NestedChildren}}) {
                    nodes {
                      id code name stage
                      milestones(first: {{NestedLeaves}}) { nodes { id name plannedDate actualDate } }
                      risks(first: {{NestedLeaves}}) { nodes { id title exposure status } }
                    }
                  }
                }
              }
            }
          }
        }
        """,
        [null]);

    /// <summary>Totals and groups by portfolio and stage, the groups reaching the portfolio through two references.</summary>
    public static readonly QueryCase Aggregate = new(
        "aggregate",
        "count and sum of budgets, grouped by portfolio and stage",
        """
        query Aggregate {
          projectsAggregate(where: { stage: { nin: [CANCELLED] } },
                            groupBy: [{ program: { portfolio: { name: true } } }, { stage: true }]) {
            count
            sum { budgetAtCompletion }
            groups {
              key { program { portfolio { name } } stage }
              count
              sum { budgetAtCompletion }
            }
          }
        }
        """,
        [null]);

    public static QueryCase ById(int projects) => new(
        "byId",
        "one project by id with its program, milestones, risks",
        $$"""
        query ById($id: Int!) {
          project(id: $id) {
            id code name stage budgetAtCompletion plannedStart plannedFinish
            program { id name portfolio { id name } }
            manager { name }
            milestones(first: {{NestedLeaves}}) { nodes { id name plannedDate actualDate } }
            risks(first: {{NestedLeaves}}) { nodes { id title exposure status } }
          }
        }
        """,
        [.. Enumerable.Range(0, 16).Select(i => string.Create(CultureInfo.InvariantCulture, $$"""{"id":{{1 + (i * projects / 16)}}}"""))]);
}
