using System.Reflection;
using PmoGraph.Schema.Common;

namespace PmoGraph.Schema.Mutations;

/// <summary>
/// Lays an update's given fields over the stored row: a field left out keeps the stored value, a field given as null
/// clears it where the property may be empty and is a ValidationError (rule 'notNullable') where it may not. Handlers
/// then validate the merged row, so ranges and orderings hold for what will be stored, not for what was sent.
/// </summary>
public static class UpdateMerge
{
    /// <summary>Whether <paramref name="stored"/> may hold null.</summary>
    public static bool CanClear(PropertyInfo stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return stored.PropertyType.IsValueType
            ? Nullable.GetUnderlyingType(stored.PropertyType) is not null
            : new NullabilityInfoContext().Create(stored).WriteState is not NullabilityState.NotNull;
    }

    /// <summary>Sets each given field on <paramref name="entity"/>; a null the row cannot hold is reported to <paramref name="validation"/>.</summary>
    public static void Apply<TInput, TEntity>(TInput input, TEntity entity, InputValidation validation)
        where TInput : UpdateInput
        where TEntity : VersionedEntity
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(validation);
        foreach (var (inputProperty, stored, clearable) in Map<TInput, TEntity>.Pairs)
        {
            if (!input.Has(inputProperty.Name))
            {
                continue;
            }

            var value = inputProperty.GetValue(input);
            if (value is null && !clearable)
            {
                var field = char.ToLowerInvariant(inputProperty.Name[0]) + inputProperty.Name[1..];
                validation.Add(field, "notNullable", $"'{field}' cannot be cleared; leave it out to keep {typeof(TEntity).Name} {entity.Id}'s value.");
                continue;
            }

            stored.SetValue(entity, value);
        }
    }

    private static class Map<TInput, TEntity>
    {
        // Input property -> the same-named stored property; inputs without one are applied by their handler.
        public static readonly (PropertyInfo Input, PropertyInfo Stored, bool Clearable)[] Pairs = typeof(TInput)
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.DeclaringType != typeof(UpdateInput))
            .Select(p => (Input: p, Stored: typeof(TEntity).GetProperty(p.Name, BindingFlags.Public | BindingFlags.Instance)))
            .Where(p => p.Stored is { CanWrite: true })
            .Select(p => (p.Input, p.Stored!, CanClear(p.Stored!)))
            .ToArray();
    }
}
