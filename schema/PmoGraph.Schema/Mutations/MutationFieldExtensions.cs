using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PmoGraph.Schema.Common;

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

    /// <summary>
    /// Adds an <c>update...</c> mutation: the one path every update takes. It loads the row (or a NotFoundError), checks
    /// the version read (or a ConcurrencyError), lays the given fields over the row (<see cref="UpdateMerge"/>)
    /// and then runs <paramref name="handler"/>, which validates the merged row and applies what the fields imply.
    /// A handler never copies fields itself, so an update cannot clear what it was not given.
    /// </summary>
    public static FieldBuilder<object?, object> Update<TInput, TInputGraph, TEntity, TEntityGraph>(
        this ObjectGraphType mutation,
        string name,
        string entityField,
        Func<TInput, TEntity, MutationScope, CancellationToken, Task> handler,
        params Type[] errorTypes)
        where TInput : UpdateInput
        where TInputGraph : UpdateInputType<TInput, TEntity>
        where TEntity : VersionedEntity
        where TEntityGraph : IGraphType
    {
        ArgumentNullException.ThrowIfNull(handler);
        return mutation.Mutation<TInput, TInputGraph, TEntity, TEntityGraph>(
            name,
            entityField,
            async (input, scope, ct) =>
            {
                var entity = await scope.FindAsync<TEntity>(input.Id, "id", ct).ConfigureAwait(false);
                scope.ExpectVersion(entity, input.Version);
                UpdateMerge.Apply(input, entity, scope.Input);
                await handler(input, entity, scope, ct).ConfigureAwait(false);

                // An update given no field is still an update of the row: the caller's right to change it is checked
                // as for any other (the write rules see only pending changes), and it is saved with a new version.
                var entry = scope.Db.Entry(entity);
                if (entry.State == EntityState.Unchanged)
                {
                    entry.State = EntityState.Modified;
                }

                return entity;
            },
            [typeof(ConcurrencyErrorType), .. errorTypes]);
    }
}
