using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using PmoGraph.Schema.Data;

namespace PmoGraph.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model against SQLite without starting the API.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PmoDbContext>
{
    public PmoDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PmoDbContext>()
            .UseSqlite("Data Source=design-time.db", sqlite => sqlite.MigrationsAssembly(typeof(DesignTimeFactory).Assembly.GetName().Name))
            .Options;
        return new PmoDbContext(options);
    }
}
