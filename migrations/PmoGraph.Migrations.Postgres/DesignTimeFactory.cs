using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using PmoGraph.Schema.Data;

namespace PmoGraph.Migrations.Postgres;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the model against PostgreSQL without starting the API. Adding a
/// migration needs no server; <c>dotnet ef database update</c> and <c>migrations script --idempotent</c> against a real
/// one read its connection string from <c>PMOGRAPH_POSTGRES</c>.
/// </summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PmoDbContext>
{
    public const string ConnectionVariable = "PMOGRAPH_POSTGRES";

    public PmoDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } configured
            ? configured
            : "Host=localhost;Database=pmograph;Username=pmograph";
        var options = new DbContextOptionsBuilder<PmoDbContext>();
        options.UsePmoPostgres(connectionString);
        return new PmoDbContext(options.Options);
    }
}
