using System.Collections;
using System.Globalization;
using System.Reflection;
using GraphQL;
using GraphQL.Types;

namespace PmoGraph.Schema.Mutations;

/// <summary>
/// Holds an input to the ranges of its fields' types, before any handler sees it: every decimal is money
/// (<see cref="ValueRanges.Money"/>) unless its field declares its own range (<see cref="InputRangeExtensions.InRange"/>),
/// and every date lies in <see cref="ValueRanges.EarliestDate"/>..<see cref="ValueRanges.LatestDate"/>. A new field is
/// bounded by its type, with nothing to remember. A value out of range ends the mutation before its handler runs, so no
/// handler computes with it. Codes are checked with the handler's other rules (<see cref="InputValidation.Code"/>).
/// </summary>
public static class InputRangeCheck
{
    /// <summary>The code of the GraphQL error a query argument out of range is refused with.</summary>
    public const string ErrorCode = "VALUE_OUT_OF_RANGE";

    // GraphQL.NET keeps the CLR property an expression field was declared from under this key.
    private const string PropertyNameKey = "ORIGINAL_EXPRESSION_PROPERTY_NAME";

    /// <summary>The fields of a mutation's <c>input</c> argument that are out of range, each as a validation error.</summary>
    public static IReadOnlyList<ValidationError> Check(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var errors = new List<ValidationError>();
        foreach (var argument in context.FieldDefinition.Arguments ?? [])
        {
            if (context.Arguments is { } values && values.TryGetValue(argument.Name, out var value) && argument.ResolvedType is { } type)
            {
                CheckValue(argument.Name, type, value.Value, [argument.Name], errors, range: null);
            }
        }

        return errors;
    }

    /// <summary>For query fields: refuses arguments out of range with one GraphQL error coded <see cref="ErrorCode"/>.</summary>
    public static void ThrowIfOutOfRange(IResolveFieldContext context)
    {
        if (Check(context) is { Count: > 0 } errors)
        {
            throw new ExecutionError(string.Join(" ", errors.Select(e => e.Message))) { Code = ErrorCode };
        }
    }

    /// <summary>
    /// Ends a mutation whose input is out of range with all its errors at once: the handler still runs for its own rules
    /// (inside the transaction, which is rolled back), its errors come first and the ranges it did not report follow: a
    /// budget of 10^13 on a baselined project breaks both 'baselined' and 'range', and the caller is told both.
    /// Arithmetic the out-of-range values break in the handler is not an error of its own: the range already says why.
    /// </summary>
    public static async Task<TEntity> RefuseAsync<TEntity>(IReadOnlyList<ValidationError> outOfRange, MutationScope scope, Func<Task<TEntity>> handler)
    {
        ArgumentNullException.ThrowIfNull(outOfRange);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(handler);
        IReadOnlyList<MutationError> found;
        try
        {
            await handler().ConfigureAwait(false);
            found = scope.Input.Errors;
        }
        catch (MutationFailedException failed)
        {
            found = failed.Errors;
        }
        catch (ArithmeticException)
        {
            found = scope.Input.Errors;
        }
        catch (ArgumentOutOfRangeException)
        {
            found = scope.Input.Errors;
        }

        var reported = found.OfType<ValidationError>().Select(Key).ToHashSet(StringComparer.Ordinal);
        throw new MutationFailedException([.. found, .. outOfRange.Where(e => !reported.Contains(Key(e)))]);
    }

    private static string Key(ValidationError error) => string.Join('.', error.Path) + ":" + error.Rule;

    private static void CheckValue(string name, IGraphType type, object? value, List<string> path, List<ValidationError> errors, FieldType? range)
    {
        switch (type)
        {
            case null:
                return;
            case NonNullGraphType nonNull:
                CheckValue(name, nonNull.ResolvedType!, value, path, errors, range);
                return;
            case ListGraphType list when value is IEnumerable items and not string:
                var index = 0;
                foreach (var item in items)
                {
                    CheckValue(name, list.ResolvedType!, item, [.. path, index.ToString(CultureInfo.InvariantCulture)], errors, range);
                    index++;
                }

                return;
            case IInputObjectGraphType inputObject when value is not null:
                foreach (var field in inputObject.Fields)
                {
                    if (TryRead(value, field, out var fieldValue) && field.ResolvedType is { } fieldType)
                    {
                        CheckValue(field.Name, fieldType, fieldValue, [.. path, field.Name], errors, field);
                    }
                }

                return;
            case DecimalGraphType when value is decimal amount:
                var bounds = range is null ? ValueRanges.Money : InputRange.Of(range);
                if (!bounds.Contains(amount))
                {
                    errors.Add(new ValidationError(
                        string.Create(CultureInfo.InvariantCulture, $"'{name}' must be {bounds}; it is {amount}."), path, "range"));
                }

                return;
            case DateOnlyGraphType when value is DateOnly date:
                if (!ValueRanges.IsInWindow(date))
                {
                    errors.Add(new ValidationError(
                        string.Create(CultureInfo.InvariantCulture, $"'{name}' must be a date {ValueRanges.DateWindowText}; it is {date:yyyy-MM-dd}."), path, "range"));
                }

                return;
            default:
                return;
        }
    }

    private static bool TryRead(object source, FieldType field, out object? value)
    {
        if (source is IDictionary<string, object?> dictionary)
        {
            return dictionary.TryGetValue(field.Name, out value);
        }

        var propertyName = field.GetMetadata<string?>(PropertyNameKey) ?? field.Name;
        var property = source.GetType().GetProperty(propertyName, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        value = property?.GetValue(source);
        return property is not null;
    }
}
