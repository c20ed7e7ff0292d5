using System.Text.Json;
using PmoGraph.Schema.Authorization;

namespace PmoGraph.Api.Tests.Introspection;

/// <summary>The introspection documents tools send are answered, whole, under the shipped limits, for every role.</summary>
public sealed class IntrospectionDocumentTests(PmoApiFactory api) : IClassFixture<PmoApiFactory>
{
    public static TheoryData<string> Fixtures() => IntrospectionFixtures.All();

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Fixture_AsPmoAdmin_IsAnsweredWithoutErrors(string fixture)
    {
        var response = await api.CreateClient().QueryAsync(IntrospectionFixtures.Read(fixture));

        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal(JsonValueKind.Array, response.GetProperty("data").GetProperty("__schema").GetProperty("types").ValueKind);
    }
}
