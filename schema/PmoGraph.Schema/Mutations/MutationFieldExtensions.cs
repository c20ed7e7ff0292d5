using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace PmoGraph.Schema.Mutations;

/// <summary>Declares mutations in HotChocolate's conventions: <c>verbNoun(input: VerbNounInput!): VerbNounPayload!</c>.</summary>
public static class MutationFieldExtensions
{
    /// <summary>The errors every mutation can return.</summary>
    public static readonly IReadOnlyList<Type> CommonErrors = [typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(NotAllowedErrorType)];

    /// <summary>
    /// Adds a mutation whose <paramref name="handler"/> runs in one transaction with its audit entries.
    /// <paramref name="errorTypes"/> are the error graph types it may return besides <see cref="CommonErrors"/>.
    /// </summary>
    public static FieldBuilder<object?, object> Mutation<TInput, TInputGraph, TEntity, TEntityGraph>(
        this ObjectGraphType mutation,
        string name,
        string entityField,
        Func<TInput, MutationScope, CancellationToken, Task<TEntity>> handler,
        params Type[] errorTypes)
        where TInputGraph : IInputObjectGraphType
        where TEntity : class
        where TEntityGraph : IGraphType
    {
        ArgumentNullException.ThrowIfNull(mutation);
        ArgumentException.ThrowIfNullOrEmpty(name);
        var baseName = char.ToUpperInvariant(name[0]) + name[1..];
        var payload = new PayloadType<TEntity, TEntityGraph>(baseName, entityField, [.. CommonErrors, .. errorTypes]);
        return mutation.Field(name, new NonNullGraphType(payload))
            .Argument<NonNullGraphType<TInputGraph>>("input", "What the mutation needs.")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<TInput>("input");
                var runner = context.RequestServices!.GetRequiredService<MutationRunner>();

                // Every input is held to its fields' types' ranges here, the one path every mutation takes, so no
                // handler (and no new field) can store an amount or a date outside them.
                var outOfRange = InputRangeCheck.Check(context);
                return await runner.RunAsync(
                        name,
                        context.User,
                        (scope, ct) => outOfRange.Count > 0
                            ? InputRangeCheck.RefuseAsync(outOfRange, scope, () => handler(input, scope, ct))
                            : handler(input, scope, ct),
                        context.CancellationToken)
                    .ConfigureAwait(false);
            });
    }
}
