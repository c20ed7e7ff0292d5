using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PmoGraph.Schema.Graph;
using PmoGraph.Schema.Mutations;

namespace PmoGraph.Schema.Selection;

internal sealed class SelectionQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<PortfolioSelectionType>>("portfolioSelection")
            .Description("Solves portfolio selection exactly (CP-SAT) without saving it: the projects maximising strategic value under the constraints, the proven bound, and the greedy choice by priority beside it.")
            .Argument<NonNullGraphType<SelectionRequestType>>("input", "The candidates and constraints.")
            .ResolveAsync(async context =>
            {
                InputRangeCheck.ThrowIfOutOfRange(context);
                var (model, settings) = await SelectionResolver.PrepareOrThrowAsync(context, context.GetArgument<SelectionRequest>("input")).ConfigureAwait(false);
                return await Task.Run(() => PortfolioSelection.Run(model, settings), context.CancellationToken).ConfigureAwait(false);
            });
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FrontierPointType>>>>("efficientFrontier")
            .Description("The best value at evenly spaced total budgets from 'from' to 'to', each solved exactly under the input's other constraints (its totalBudget is replaced at each point).")
            .Argument<NonNullGraphType<SelectionRequestType>>("input", "The candidates and the other constraints; timeLimitSeconds applies to each point.")
            .Argument<NonNullGraphType<DecimalGraphType>>("from", "The smallest total budget.")
            .Argument<NonNullGraphType<DecimalGraphType>>("to", "The largest total budget; at least 'from'.")
            .Argument<NonNullGraphType<IntGraphType>>("points", "How many budget levels, from 1 to the configured maximum (50 by default).")
            .ResolveAsync(async context =>
            {
                InputRangeCheck.ThrowIfOutOfRange(context);
                var from = context.GetArgument<decimal>("from");
                var to = context.GetArgument<decimal>("to");
                var points = context.GetArgument<int>("points");
                var max = context.RequestServices!.GetRequiredService<IOptions<SelectionOptions>>().Value.MaxFrontierPoints;
                if (from < 0 || to < from)
                {
                    throw SelectionResolver.Invalid("'from' must be at least 0 and 'to' at least 'from'.");
                }

                if (points < 1 || points > max)
                {
                    throw SelectionResolver.Invalid($"'points' must be between 1 and {max}.");
                }

                var (model, settings) = await SelectionResolver.PrepareOrThrowAsync(context, context.GetArgument<SelectionRequest>("input")).ConfigureAwait(false);
                return await Task.Run(() => EfficientFrontier.Compute(model, from, to, points, settings), context.CancellationToken).ConfigureAwait(false);
            });
    }
}
