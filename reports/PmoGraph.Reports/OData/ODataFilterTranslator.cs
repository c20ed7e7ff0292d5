using System.Globalization;
using Microsoft.OData.UriParser;
using PmoGraph.Reports.Reading;
using PmoGraph.Reports.Views;

namespace PmoGraph.Reports.OData;

/// <summary>
/// Translates a parsed <c>$filter</c> into SQL over the view's columns. Every literal becomes a parameter of the
/// column's type; what the feed does not support is refused with 501, never passed through.
/// </summary>
internal sealed class ODataFilterTranslator(ViewQuery query, SqlDialect dialect)
{
    public string Translate(QueryNode node) => node switch
    {
        ConvertNode convert => Translate(convert.Source),
        BinaryOperatorNode { OperatorKind: BinaryOperatorKind.And } and => $"({Translate(and.Left)} AND {Translate(and.Right)})",
        BinaryOperatorNode { OperatorKind: BinaryOperatorKind.Or } or => $"({Translate(or.Left)} OR {Translate(or.Right)})",
        BinaryOperatorNode comparison => Comparison(comparison),
        UnaryOperatorNode { OperatorKind: UnaryOperatorKind.Not } not => $"NOT ({Translate(not.Operand)})",
        InNode inNode => In(inNode),
        SingleValueFunctionCallNode function => Predicate(function),
        ConstantNode { Value: bool value } => value ? "1 = 1" : "1 = 0",
        _ => throw ODataFeedException.NotImplemented($"This $filter expression ({node.Kind}) is not supported by the feed."),
    };

    private string Comparison(BinaryOperatorNode node)
    {
        var op = node.OperatorKind;
        if (SqlOperator(op) is null)
        {
            throw ODataFeedException.NotImplemented($"The '{op}' operator is not supported in $filter; use eq, ne, gt, ge, lt, le, and, or, not, in.");
        }

        var left = OperandOf(node.Left);
        var right = OperandOf(node.Right);
        if (left.IsConstant && right.IsConstant)
        {
            throw ODataFeedException.NotImplemented("A comparison needs a column on at least one side.");
        }

        if (left.IsConstant)
        {
            (left, right) = (right, left);
            op = Flip(op);
        }

        return right.IsConstant ? CompareWithValue(left, op, right.Value) : $"{left.Sql} {SqlOperator(op)} {right.Sql}";
    }

    private string CompareWithValue(Operand column, BinaryOperatorKind op, object? value)
    {
        if (value is null)
        {
            return op switch
            {
                BinaryOperatorKind.Equal => $"{column.Sql} IS NULL",
                BinaryOperatorKind.NotEqual => $"{column.Sql} IS NOT NULL",
                _ => "1 = 0",
            };
        }

        var type = column.Column!.Type;
        if (type == ViewColumnType.Date && value is DateTimeOffset moment)
        {
            // Power BI's RangeStart/RangeEnd arrive as DateTimeOffset literals; a date is compared as its midnight,
            // taken in the literal's own clock time, so "date ge 2026-01-01T00:00:00Z" keeps 1 January and
            // "date ge 2026-01-01T12:00:00Z" starts on 2 January.
            var day = DateOnly.FromDateTime(moment.DateTime);
            var atMidnight = moment.TimeOfDay == TimeSpan.Zero;
            (op, var always) = (op, atMidnight) switch
            {
                (BinaryOperatorKind.GreaterThanOrEqual, false) => (BinaryOperatorKind.GreaterThan, (bool?)null),
                (BinaryOperatorKind.LessThan, false) => (BinaryOperatorKind.LessThanOrEqual, null),
                (BinaryOperatorKind.Equal, false) => (op, false),
                (BinaryOperatorKind.NotEqual, false) => (op, true),
                _ => (op, null),
            };
            if (always is { } constant)
            {
                return constant ? "1 = 1" : "1 = 0";
            }

            value = day;
        }

        var parameter = query.AddParameter(ColumnValues.ToParameter(Coerce(value, type), type, dialect));
        var sql = $"{column.Sql} {SqlOperator(op)} {parameter}";
        // OData's "ne" is true for a null column; SQL's "<>" is not.
        return op == BinaryOperatorKind.NotEqual ? $"{sql} OR {column.Sql} IS NULL" : sql;
    }

    private string In(InNode node)
    {
        var column = OperandOf(node.Left);
        if (column.IsConstant || node.Right is not CollectionConstantNode list)
        {
            throw ODataFeedException.NotImplemented("'in' needs a column on the left and a list of values on the right.");
        }

        var type = column.Column!.Type;
        var parameters = list.Collection.Where(c => c.Value is not null)
            .Select(c => query.AddParameter(ColumnValues.ToParameter(Coerce(c.Value, type), type, dialect)))
            .ToList();
        var terms = new List<string>();
        if (parameters.Count > 0)
        {
            terms.Add($"{column.Sql} IN ({string.Join(", ", parameters)})");
        }

        if (list.Collection.Any(c => c.Value is null))
        {
            terms.Add($"{column.Sql} IS NULL");
        }

        return terms.Count == 0 ? "1 = 0" : string.Join(" OR ", terms);
    }

    private string Predicate(SingleValueFunctionCallNode function)
    {
        var arguments = function.Parameters.ToList();
        if (function.Name is not ("contains" or "startswith" or "endswith") || arguments.Count != 2)
        {
            throw ODataFeedException.NotImplemented($"The function '{function.Name}' is not supported in $filter; use contains, startswith, endswith, tolower, toupper.");
        }

        var column = OperandOf(arguments[0]);
        var text = OperandOf(arguments[1]);
        if (column.IsConstant || !text.IsConstant || text.Value is not string value)
        {
            throw ODataFeedException.NotImplemented($"'{function.Name}' needs a column and a string literal.");
        }

        var escaped = value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
        var pattern = function.Name switch
        {
            "contains" => $"%{escaped}%",
            "startswith" => $"{escaped}%",
            _ => $"%{escaped}",
        };
        return $"{column.Sql} LIKE {query.AddParameter(pattern)} ESCAPE '\\'";
    }

    private Operand OperandOf(QueryNode node)
    {
        switch (node)
        {
            case ConvertNode convert:
                return OperandOf(convert.Source);
            case ConstantNode constant:
                return new Operand(null, null, true, constant.Value);
            case SingleValuePropertyAccessNode property:
                var column = query.View.FindColumn(property.Property.Name)
                    ?? throw ODataFeedException.BadRequest($"'{property.Property.Name}' is not a column of {query.View.Name}.");
                return new Operand(ViewQuery.Quote(column.Name), column, false, null);
            case SingleValueFunctionCallNode { Name: "cast" } cast when cast.Parameters.Count() == 2:
                // Power Query folds a date column turned into a date-time as cast(column, Edm.DateTimeOffset): the
                // comparison with a DateTimeOffset literal then reads the date at midnight, as without the cast.
                var source = OperandOf(cast.Parameters.First());
                var target = (cast.Parameters.Last() as ConstantNode)?.Value as string;
                if (source.IsConstant || source.Column!.Type != ViewColumnType.Date || target is not ("Edm.DateTimeOffset" or "Edm.Date"))
                {
                    throw ODataFeedException.NotImplemented("cast is supported only from a date column to Edm.DateTimeOffset or Edm.Date.");
                }

                return source;
            case SingleValueFunctionCallNode { Name: "tolower" or "toupper" } function when function.Parameters.Count() == 1:
                var inner = OperandOf(function.Parameters.Single());
                if (inner is { IsConstant: true, Value: string literal })
                {
                    // Power Query folds Text.Lower on both sides: a literal is folded here, as the store would.
                    return inner with { Value = function.Name == "tolower" ? literal.ToLowerInvariant() : literal.ToUpperInvariant() };
                }

                if (inner.IsConstant || inner.Column!.Type != ViewColumnType.Text)
                {
                    throw ODataFeedException.NotImplemented($"'{function.Name}' applies to a string column.");
                }

                return inner with { Sql = $"{(function.Name == "tolower" ? "LOWER" : "UPPER")}({inner.Sql})" };
            default:
                throw ODataFeedException.NotImplemented($"This $filter operand ({node.Kind}) is not supported by the feed.");
        }
    }

    /// <summary>A literal as a value of the column's type (the parser gives Edm.Date, DateTimeOffset, int, long, decimal, double, string).</summary>
    private static object Coerce(object value, ViewColumnType type)
    {
        try
        {
            return type switch
            {
                ViewColumnType.Date => value switch
                {
                    DateOnly date => date,
                    DateTimeOffset moment => DateOnly.FromDateTime(moment.DateTime),
                    DateTime dateTime => DateOnly.FromDateTime(dateTime),
                    // Microsoft.OData.Edm.Date prints as yyyy-MM-dd.
                    _ => DateOnly.ParseExact(Convert.ToString(value, CultureInfo.InvariantCulture)!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                },
                ViewColumnType.Text => value as string ?? throw new FormatException(),
                // Convert.ToInt64 rounds: 1.5 would silently match 2. An int column takes whole literals only.
                ViewColumnType.Whole => value switch
                {
                    string => throw new FormatException(),
                    decimal number when number != decimal.Truncate(number) => throw new FormatException(),
                    double number when !double.IsFinite(number) || number != Math.Truncate(number) => throw new FormatException(),
                    float number when !float.IsFinite(number) || number != MathF.Truncate(number) => throw new FormatException(),
                    _ => Convert.ToInt64(value, CultureInfo.InvariantCulture),
                },
                _ => value is string ? throw new FormatException() : Convert.ToDecimal(value, CultureInfo.InvariantCulture),
            };
        }
        catch (Exception exception) when (exception is FormatException or InvalidCastException or OverflowException)
        {
            throw ODataFeedException.BadRequest($"The literal '{value}' does not fit a {ViewCatalogue.TypeName(type)} column.");
        }
    }

    private static string? SqlOperator(BinaryOperatorKind op) => op switch
    {
        BinaryOperatorKind.Equal => "=",
        BinaryOperatorKind.NotEqual => "<>",
        BinaryOperatorKind.GreaterThan => ">",
        BinaryOperatorKind.GreaterThanOrEqual => ">=",
        BinaryOperatorKind.LessThan => "<",
        BinaryOperatorKind.LessThanOrEqual => "<=",
        _ => null,
    };

    private static BinaryOperatorKind Flip(BinaryOperatorKind op) => op switch
    {
        BinaryOperatorKind.GreaterThan => BinaryOperatorKind.LessThan,
        BinaryOperatorKind.GreaterThanOrEqual => BinaryOperatorKind.LessThanOrEqual,
        BinaryOperatorKind.LessThan => BinaryOperatorKind.GreaterThan,
        BinaryOperatorKind.LessThanOrEqual => BinaryOperatorKind.GreaterThanOrEqual,
        _ => op,
    };

    /// <summary>One side of a comparison: a column (possibly wrapped in tolower/toupper) or a literal.</summary>
    private sealed record Operand(string? Sql, ViewColumn? Column, bool IsConstant, object? Value);
}
