using GraphQL.Types;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Tests.Querying;

public sealed class ProjectionDeclarationTests
{
    [Fact]
    public void Schema_ProjectedTypes_DeclareWhatEveryFieldReads()
    {
        var services = new ServiceCollection();
        services.AddPmoSchema(new ConfigurationBuilder().Build());
        using var provider = services.BuildServiceProvider();
        var schema = provider.GetRequiredService<ISchema>();
        schema.Initialize();
        using var connection = new SqliteConnection("Data Source=:memory:");
        using var db = new PmoDbContext(new DbContextOptionsBuilder<PmoDbContext>().UseSqlite(connection).Options);

        var undeclared = new List<string>();
        var projected = 0;
        foreach (var type in schema.AllTypes.OfType<IObjectGraphType>())
        {
            // A type over an entity of the model is projected: a field it cannot account for widens every read to the whole row.
            if (type.GetType().BaseType is not { IsGenericType: true } baseType || db.Model.FindEntityType(baseType.GetGenericArguments()[0]) is not { } entity)
            {
                continue;
            }

            projected++;
            var mapped = entity.GetProperties().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            undeclared.AddRange(type.Fields.Where(f => !ProjectionMetadata.IsDeclared(f, mapped.Contains)).Select(f => type.Name + "." + f.Name));
        }

        Assert.True(projected > 20, $"only {projected} projected types found");
        Assert.Empty(undeclared);
    }
}
