using System.Text.RegularExpressions;

namespace PmoGraph.Schema.Mutations;

/// <summary>Collects input rule violations with the path of the field that broke each.</summary>
public sealed partial class InputValidation
{
    private readonly List<ValidationError> _errors = [];

    public IReadOnlyList<ValidationError> Errors => _errors;

    public void Add(string field, string rule, string message) => _errors.Add(new ValidationError(message, ["input", field], rule));

    /// <summary>Non-blank text of at most <paramref name="maxLength"/> characters.</summary>
    public void Required(string? value, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "required", $"'{field}' is required.");
        }
        else
        {
            MaxLength(value, field, maxLength);
        }
    }

    public void MaxLength(string? value, string field, int maxLength)
    {
        if (value is not null && value.Length > maxLength)
        {
            Add(field, "maxLength", $"'{field}' can be at most {maxLength} characters long; it has {value.Length}.");
        }
    }

    public void Range(decimal? value, string field, decimal min, decimal max)
    {
        if (value is { } v && (v < min || v > max))
        {
            Add(field, "range", $"'{field}' must be between {min} and {max}; it is {v}.");
        }
    }

    public void Range(int? value, string field, int min, int max) => Range((decimal?)value, field, min, max);

    public void NotNegative(decimal? value, string field)
    {
        if (value < 0)
        {
            Add(field, "nonNegative", $"'{field}' cannot be negative.");
        }
    }

    /// <summary>An ISO 4217 currency code (three capital letters, an active code).</summary>
    public void Currency(string? value, string field)
    {
        if (value is null || !CurrencyCodes.IsKnown(value))
        {
            Add(field, "currency", $"'{field}' must be an ISO 4217 currency code such as EUR, USD or GBP.");
        }
    }

    /// <summary><paramref name="finish"/> is not before <paramref name="start"/>.</summary>
    public void InOrder(DateOnly? start, DateOnly? finish, string startField, string finishField)
    {
        if (start is { } s && finish is { } f && f < s)
        {
            Add(finishField, "dateOrder", $"'{finishField}' ({f:yyyy-MM-dd}) cannot be before '{startField}' ({s:yyyy-MM-dd}).");
        }
    }

    /// <summary>A short code of capitals, digits and dashes (<c>PRJ-0042</c>).</summary>
    public void Code(string? value, string field)
    {
        Required(value, field, 32);
        if (!string.IsNullOrWhiteSpace(value) && value.Length <= 32 && !IsCode(value))
        {
            Add(field, "format", CodeFormatMessage(field));
        }
    }

    /// <summary>
    /// Whether <paramref name="value"/> is made only of a code's characters, to the end of the string: <c>\z</c>, since
    /// .NET's <c>$</c> also matches before a final newline (<c>"PRJ-0001\n"</c> would pass as a second PRJ-0001).
    /// </summary>
    public static bool IsCode(string value) => CodePattern().IsMatch(value);

    private static string CodeFormatMessage(string field) =>
        $"'{field}' may hold only capital letters, digits, '-' and '_' (starting with a letter or digit), with nothing after them.";

    /// <summary>A month given as its first day.</summary>
    public void FirstOfMonth(DateOnly? value, string field)
    {
        if (value is { Day: not 1 })
        {
            Add(field, "firstOfMonth", $"'{field}' must be the first day of a month.");
        }
    }

    /// <summary>Ends the mutation if any rule was broken.</summary>
    public void ThrowIfInvalid()
    {
        if (_errors.Count > 0)
        {
            throw new MutationFailedException([.. _errors]);
        }
    }

    [GeneratedRegex(@"\A[A-Z0-9][A-Z0-9_-]*\z")]
    private static partial Regex CodePattern();
}
