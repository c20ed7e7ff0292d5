using System.Text.Json;

namespace PmoGraph.Api.Tests.Mutations;

/// <summary>Calls a mutation in HotChocolate's conventions and reads its payload's typed errors.</summary>
internal static class MutationCalls
{
    /// <summary>
    /// Sends <c>mutation(input: MutationInput!)</c>, selecting <paramref name="selection"/> and every error's type, message,
    /// and for a validation error its field and rule; returns the payload.
    /// </summary>
    public static async Task<JsonElement> CallAsync(this MutationTestFactory api, string mutation, string selection, object input)
    {
        var inputType = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
        var query = $"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ {selection} "
            + "errors { __typename ... on Error { message } ... on ValidationError { path rule } } } }";
        var data = await api.Client.DataAsync(query, new { input });
        return data.GetProperty(mutation);
    }

    /// <summary>Asserts the payload has no errors and returns its <paramref name="entityField"/>.</summary>
    public static JsonElement Succeeded(this JsonElement payload, string entityField)
    {
        Assert.True(payload.GetProperty("errors").ValueKind == JsonValueKind.Null, payload.ToString());
        return payload.GetProperty(entityField);
    }

    /// <summary>Asserts the payload failed with exactly one error of <paramref name="typeName"/>, and returns it.</summary>
    public static JsonElement SingleError(this JsonElement payload, string typeName)
    {
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal(typeName, error.GetProperty("__typename").GetString());
        return error;
    }

    /// <summary>The (field, rule) of each validation error, in order.</summary>
    public static IReadOnlyList<(string? Field, string? Rule)> Violations(this JsonElement payload) =>
        [.. payload.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("path")[1].GetString(), e.GetProperty("rule").GetString()))];

    public static int Id(this JsonElement entity) => entity.GetProperty("id").GetInt32();
}
