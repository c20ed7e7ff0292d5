namespace PmoGraph.Migrations.Sqlite;

/// <summary>Names this assembly for <c>MigrationsAssembly</c>.</summary>
public static class SqliteMigrations
{
    public static string AssemblyName { get; } = typeof(SqliteMigrations).Assembly.GetName().Name!;
}
