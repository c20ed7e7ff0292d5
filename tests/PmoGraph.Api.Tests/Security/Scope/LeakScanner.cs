using System.Globalization;
using System.Text.Json;

namespace PmoGraph.Api.Tests.Security.Scope;

/// <summary>
/// Finds in an answer (data and errors alike) anything of a row the caller may not see: the <c>id</c> of an object
/// whose type is a row-ruled entity (or its group key), an <c>xxxId</c> field naming such a row, the <c>id</c> an error
/// gives with its <c>entity</c>, a scope id with its scope; and anywhere, a hidden row's code, name or title, or one of
/// its distinctive amounts. Plain integers elsewhere are not evidence: small numbers are everywhere.
/// </summary>
internal sealed class LeakScanner(CallerScope scope, IReadOnlyCollection<string> entities)
{
    /// <summary>Every leak in <paramref name="answer"/>, each described with its JSON path.</summary>
    public IReadOnlyList<string> Scan(JsonElement answer)
    {
        var leaks = new List<string>();
        Walk(answer, "$", null, null, null, leaks);
        return leaks;
    }

    private void Walk(JsonElement json, string path, string? entity, string? propertyName, string? ownerType, List<string> leaks)
    {
        switch (json.ValueKind)
        {
            case JsonValueKind.Object:
                var typeName = json.TryGetProperty("__typename", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
                var own = EntityOfType(typeName)
                    ?? (json.TryGetProperty("entity", out var e) && e.ValueKind == JsonValueKind.String ? EntityOfType(e.GetString()) : null);
                // An error's locations are positions in the document, not data.
                foreach (var property in json.EnumerateObject().Where(p => p.Name != "locations"))
                {
                    var at = path + "." + property.Name;
                    CheckText(property.Name, at, leaks);
                    var referenced = property.Name == "id" ? own : ReferencedEntity(property.Name, json);
                    if (referenced is not null)
                    {
                        foreach (var id in Integers(property.Value))
                        {
                            if (scope.IsHidden(referenced, id))
                            {
                                leaks.Add($"{at} = {id}: a hidden {referenced}");
                            }
                        }
                    }

                    Walk(property.Value, at, own, property.Name, typeName, leaks);
                }

                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in json.EnumerateArray())
                {
                    Walk(item, $"{path}[{i++}]", entity, propertyName, ownerType, leaks);
                }

                break;
            case JsonValueKind.String:
                CheckText(json.GetString()!, path, leaks);
                break;
            // Ids are checked as ids above, not as amounts; sums and averages over the caller's own rows may equal a
            // hidden row's amount by chance, and a total mixing hidden rows in is not something a scan can see.
            case JsonValueKind.Number when propertyName is "id" or "line" or "column"
                || (propertyName?.EndsWith("Id", StringComparison.Ordinal) ?? false) || (propertyName?.EndsWith("Ids", StringComparison.Ordinal) ?? false)
                || (ownerType?.EndsWith("SumAggregate", StringComparison.Ordinal) ?? false) || (ownerType?.EndsWith("AvgAggregate", StringComparison.Ordinal) ?? false):
                break;
            case JsonValueKind.Number:
                if (decimal.TryParse(json.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) && scope.HiddenAmounts.Contains(amount))
                {
                    leaks.Add($"{path} = {json.GetRawText()}: an amount of a hidden row");
                }

                break;
        }
    }

    private void CheckText(string text, string path, List<string> leaks)
    {
        if (scope.NamePattern?.Match(text) is { Success: true } match)
        {
            leaks.Add($"{path}: names hidden '{match.Value}' in \"{Shorten(text)}\"");
        }

        foreach (var token in text.Split([' ', '(', ')', ',', ';', ':', '"', '\'', '=', '[', ']'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.Length >= 4 && char.IsAsciiDigit(token[^1])
                && decimal.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) && scope.HiddenAmounts.Contains(amount))
            {
                leaks.Add($"{path}: names a hidden amount {token} in \"{Shorten(text)}\"");
            }
        }
    }

    /// <summary>The entity an object type stands for: <c>Project</c>, or <c>ProjectGroupKey</c> for a group of projects.</summary>
    private string? EntityOfType(string? typeName)
    {
        if (typeName is null)
        {
            return null;
        }

        var name = typeName.EndsWith("GroupKey", StringComparison.Ordinal) ? typeName[..^"GroupKey".Length] : typeName;
        return entities.Contains(name) ? name : null;
    }

    /// <summary>The entity a field such as <c>projectId</c>, <c>otherProjectId</c>, <c>projectIds</c> or a scoped <c>scopeId</c> names.</summary>
    private string? ReferencedEntity(string field, JsonElement owner)
    {
        var stem = field.EndsWith("Ids", StringComparison.Ordinal) ? field[..^3] : field.EndsWith("Id", StringComparison.Ordinal) ? field[..^2] : null;
        if (string.IsNullOrEmpty(stem))
        {
            return null;
        }

        if (stem == "scope" && owner.TryGetProperty("scope", out var scopeName) && scopeName.ValueKind == JsonValueKind.String)
        {
            return entities.FirstOrDefault(e => string.Equals(e, scopeName.GetString(), StringComparison.OrdinalIgnoreCase));
        }

        return EntityNamed(stem, entities);
    }

    /// <summary>The entity whose name <paramref name="stem"/> ends with (<c>otherProject</c> is a project), longest first.</summary>
    public static string? EntityNamed(string stem, IReadOnlyCollection<string> entities)
    {
        var singular = stem.EndsWith('s') && !entities.Any(e => stem.EndsWith(e, StringComparison.OrdinalIgnoreCase)) ? stem[..^1] : stem;
        return entities.Where(e => singular.EndsWith(e, StringComparison.OrdinalIgnoreCase)).OrderByDescending(e => e.Length).FirstOrDefault();
    }

    private static IEnumerable<int> Integers(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.Number when json.TryGetInt32(out var id) => [id],
        JsonValueKind.Array => json.EnumerateArray().SelectMany(Integers),
        _ => [],
    };

    private static string Shorten(string text) => text.Length <= 160 ? text : text[..160] + "...";
}
