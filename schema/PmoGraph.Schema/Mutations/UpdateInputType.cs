using System.Linq.Expressions;
using System.Reflection;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using PmoGraph.Schema.Common;

namespace PmoGraph.Schema.Mutations;

/// <summary>
/// The input type of an <c>update...</c> mutation on <typeparamref name="TEntity"/>. Besides <c>id</c> and <c>version</c>
/// every field is optional and declared with <see cref="Patch{TProperty}"/>: it names the stored property it changes and
/// its description says what leaving it out and sending null do. <see cref="ParseDictionary"/> records which fields
/// the request held, so <see cref="UpdateMerge"/> changes exactly those.
/// </summary>
public abstract class UpdateInputType<TInput, TEntity> : InputObjectGraphType<TInput>
    where TInput : UpdateInput
    where TEntity : VersionedEntity
{
    /// <summary>Metadata key on a patch field: the stored property it changes, or none when the handler applies it.</summary>
    public const string StoresKey = "PMOGRAPH_UPDATE_STORES";

    /// <summary>Metadata key on the input type: the stored properties the update recomputes from the others.</summary>
    public const string DerivesKey = "PMOGRAPH_UPDATE_DERIVES";

    // GraphQL.NET keeps the CLR property an expression field was declared from under this key.
    private const string PropertyNameKey = "ORIGINAL_EXPRESSION_PROPERTY_NAME";

    private readonly List<string> _derived = [];

    protected UpdateInputType(string name, string what, string description)
    {
        Name = name;
        Description = description
            + " Only the fields given change: a field left out keeps its stored value, a field given as null clears it"
            + " (a field that cannot be empty refuses null with a ValidationError, rule 'notNullable').";
        Field(i => i.Id).Description($"The {what} to update.");
        Field(i => i.Version).Description($"The version read; the update fails with a ConcurrencyError if the {what} changed since.");
        Metadata[DerivesKey] = _derived;
    }

    /// <summary>
    /// Declares an optional field that sets the same-named property of <typeparamref name="TEntity"/>, or, with
    /// <paramref name="stored"/> false, a value the handler applies itself (read it with <see cref="UpdateInput.Has"/>).
    /// </summary>
    protected FieldBuilder<TInput, TProperty> Patch<TProperty>(
        Expression<Func<TInput, TProperty>> property, string description, Type? type = null, bool stored = true)
    {
        ArgumentNullException.ThrowIfNull(property);
        var name = ((MemberExpression)property.Body).Member.Name;
        var target = typeof(TEntity).GetProperty(name, BindingFlags.Public | BindingFlags.Instance);
        if (stored && target is null)
        {
            throw new InvalidOperationException($"{Name}.{name}: {typeof(TEntity).Name} has no property '{name}'; declare it with stored: false.");
        }

        // A value the handler applies says in its own description what leaving it out does.
        var clearing = !stored ? ""
            : UpdateMerge.CanClear(target!) ? " Left out, it keeps its value; null clears it."
            : " Left out, it keeps its value; it cannot be cleared (null is a ValidationError).";
        var field = type is null ? Field(property, nullable: true) : Field(property, type: type);
        field.Description(description + clearing);
        field.FieldType.Metadata[StoresKey] = stored ? name : null;
        return field;
    }

    /// <summary>Declares a stored property the update recomputes from the given fields (an exposure from a probability).</summary>
    protected void Derives<TProperty>(Expression<Func<TEntity, TProperty>> property)
    {
        ArgumentNullException.ThrowIfNull(property);
        _derived.Add(((MemberExpression)property.Body).Member.Name);
    }

    /// <summary>Converts the request's values and records which fields it held (the dictionary has only those).</summary>
    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var input = (TInput)base.ParseDictionary(value);
        input.Given = value.Keys
            .Select(key => Fields.Find(key)?.GetMetadata<string?>(PropertyNameKey) ?? key)
            .ToHashSet(StringComparer.Ordinal);
        return input;
    }
}
