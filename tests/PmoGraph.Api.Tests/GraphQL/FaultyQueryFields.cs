using GraphQL;
using GraphQL.Types;
using PmoGraph.Schema.Graph;

namespace PmoGraph.Api.Tests.GraphQL;

/// <summary>A test-only slice whose resolvers fail or hang, to see what the transport makes of it.</summary>
public sealed class FaultyQueryFields : IQueryFields
{
    public const string Secret = "Server=db.internal;Password=hunter2";

    /// <summary>Completed when the <c>hang</c> resolver has started.</summary>
    public TaskCompletionSource HangStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<StringGraphType>("boom")
            .Resolve(_ => throw new InvalidOperationException("Cannot open " + Secret));
        query.Field<StringGraphType>("hang")
            .ResolveAsync(async context =>
            {
                HangStarted.TrySetResult();
                await Task.Delay(Timeout.Infinite, context.CancellationToken);
                return "never";
            });
    }
}
