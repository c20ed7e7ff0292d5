using GraphQL.Types;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PmoGraph.Schema.Graph;

namespace PmoGraph.Schema.Tests.Graph;

public sealed class SchemaEnumNamesTests
{
    [Fact]
    public void Of_EveryValueOfEveryEnumInTheSchema_IsTheSchemasName()
    {
        var services = new ServiceCollection();
        services.AddPmoSchema(new ConfigurationBuilder().Build());
        using var provider = services.BuildServiceProvider();
        var schema = provider.GetRequiredService<ISchema>();
        schema.Initialize();

        var enums = schema.AllTypes.OfType<EnumerationGraphType>().Where(e => !e.Name.StartsWith("__", StringComparison.Ordinal)).ToList();
        var values = enums.SelectMany(e => e.Values.Where(v => v.Value is Enum).Select(v => (Type: e.Name, v.Name, Value: (Enum)v.Value!))).ToList();

        Assert.True(values.Count > 50, $"Only {values.Count} enum values found.");
        Assert.All(values, v => Assert.Equal(v.Name, SchemaEnumNames.Of(v.Value)));
    }
}
