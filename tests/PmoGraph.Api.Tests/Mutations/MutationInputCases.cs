using System.Globalization;
using GraphQL.Types;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PmoGraph.Schema;
using PmoGraph.Schema.Mutations;

namespace PmoGraph.Api.Tests.Mutations;

/// <summary>
/// Every money, date and code field of every mutation's input, found by walking the schema, with values just outside
/// its range, and an input that is valid by type everywhere else. A new mutation or field is a new case.
/// </summary>
internal static class MutationInputCases
{
    private static readonly Lazy<ISchema> LazySchema = new(Build);

    public static ISchema Schema => LazySchema.Value;

    /// <summary>Each out-of-range value of each money, date and code field of each mutation input.</summary>
    public static IEnumerable<OutOfRangeCase> OutOfRange()
    {
        foreach (var mutation in Schema.Mutation!.Fields)
        {
            var input = (IInputObjectGraphType)Unwrap(mutation.Arguments!.Find("input")!.ResolvedType!);
            foreach (var (path, field, type) in Leaves(input, []))
            {
                foreach (var (value, rule) in ValuesOutside(field, type))
                {
                    yield return new OutOfRangeCase(mutation.Name, input.Name, path, value, rule, type is DecimalGraphType);
                }
            }
        }
    }

    /// <summary>The decimal fields of every mutation input, with where they are.</summary>
    public static IEnumerable<(string Mutation, FieldType Field)> DecimalFields() =>
        from mutation in Schema.Mutation!.Fields
        from leaf in Leaves((IInputObjectGraphType)Unwrap(mutation.Arguments!.Find("input")!.ResolvedType!), [])
        where leaf.Type is DecimalGraphType
        select (mutation.Name, leaf.Field);

    /// <summary>An input of <paramref name="type"/> valid by type, holding <paramref name="value"/> at <paramref name="path"/>.</summary>
    public static Dictionary<string, object?> Input(IInputObjectGraphType type, IReadOnlyList<string> path, object? value)
    {
        var input = new Dictionary<string, object?>();
        foreach (var field in type.Fields)
        {
            if (path.Count > 0 && field.Name == path[0])
            {
                input[field.Name] = path.Count == 1 ? value : Nested(Unwrap(field.ResolvedType!), path.Skip(1).ToList(), value);
            }
            else if (field.ResolvedType is NonNullGraphType { ResolvedType: var inner } && field.DefaultValue is null)
            {
                input[field.Name] = Default(field.Name, inner!);
            }
        }

        return input;
    }

    private static object? Nested(IGraphType type, IReadOnlyList<string> path, object? value) => type switch
    {
        ListGraphType list => new[] { Nested(Unwrap(list.ResolvedType!), path.Skip(1).ToList(), value) },
        IInputObjectGraphType inputObject => Input(inputObject, path, value),
        _ => value,
    };

    private static IEnumerable<(IReadOnlyList<string> Path, FieldType Field, IGraphType Type)> Leaves(IInputObjectGraphType type, IReadOnlyList<string> path)
    {
        foreach (var field in type.Fields)
        {
            var fieldPath = (IReadOnlyList<string>)[.. path, field.Name];
            var fieldType = Unwrap(field.ResolvedType!);
            if (fieldType is ListGraphType list)
            {
                fieldPath = [.. fieldPath, "0"];
                fieldType = Unwrap(list.ResolvedType!);
            }

            if (fieldType is IInputObjectGraphType inner)
            {
                foreach (var leaf in Leaves(inner, fieldPath))
                {
                    yield return leaf;
                }
            }
            else
            {
                yield return (fieldPath, field, fieldType);
            }
        }
    }

    private static IEnumerable<(string Value, string Rule)> ValuesOutside(FieldType field, IGraphType type)
    {
        switch (type)
        {
            case DecimalGraphType:
                var range = InputRange.Of(field);
                var step = 1m / (decimal)Math.Pow(10, range.Decimals + 1);
                yield return (Text(range.Max + 1), "range");
                yield return (Text(range.Min - 1), "range");
                yield return (Text(Math.Max(range.Min, 0) + step), "range");
                yield return (Text(decimal.MaxValue), "range");
                break;
            case DateOnlyGraphType:
                foreach (var date in new[] { "1899-12-31", "2201-01-01", "0001-01-01", "9999-12-31" })
                {
                    yield return (date, "range");
                }

                break;
            case StringGraphType when field.Name == "code":
                yield return ("PRJ-0001\n", "format");
                yield return ("A\r\n", "format");
                break;
        }
    }

    private static object Default(string name, IGraphType type) => type switch
    {
        NonNullGraphType nonNull => Default(name, nonNull.ResolvedType!),
        ListGraphType => Array.Empty<object>(),
        IInputObjectGraphType inputObject => Input(inputObject, [], null),
        EnumerationGraphType enumeration => enumeration.Values.First().Name,
        IntGraphType => 1,
        LongGraphType => 1L,
        FloatGraphType => 1.0,
        BooleanGraphType => false,
        DecimalGraphType => 1m,
        DateOnlyGraphType => "2026-01-01",
        IdGraphType => "1",
        StringGraphType => name switch { "code" => "RANGE-CASE", "currency" => "EUR", "url" => "https://example.org/", _ => "x" },
        _ => throw new InvalidOperationException($"No default value for input type {type.Name} ('{name}'); teach MutationInputCases one."),
    };

    private static IGraphType Unwrap(IGraphType type) => type is NonNullGraphType nonNull ? Unwrap(nonNull.ResolvedType!) : type;

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static ISchema Build()
    {
        var services = new ServiceCollection();
        services.AddPmoSchema(new ConfigurationBuilder().Build());
        var schema = services.BuildServiceProvider().GetRequiredService<ISchema>();
        schema.Initialize();
        return schema;
    }
}

/// <summary>One out-of-range value for one mutation input field.</summary>
public sealed record OutOfRangeCase(string Mutation, string InputType, IReadOnlyList<string> Path, string Value, string Rule, bool IsNumber)
{
    /// <summary>The value as it goes into the variables: a JSON number for a decimal, a string otherwise.</summary>
    public object JsonValue => IsNumber ? decimal.Parse(Value, CultureInfo.InvariantCulture) : Value;

    public override string ToString() => $"{Mutation}.{string.Join('.', Path)} = {Value.ReplaceLineEndings("\\n")}";
}
