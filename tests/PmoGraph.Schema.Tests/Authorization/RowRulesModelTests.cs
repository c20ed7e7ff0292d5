using System.Security.Claims;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using PmoGraph.Schema.Authorization;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Schema.Tests.Authorization;

public sealed class RowRulesModelTests : IDisposable
{
    /// <summary>
    /// Entities that belong to no portfolio and are read by every role: the decision, made for each on purpose. An
    /// entity added to the model without a required reference into a portfolio and without being listed here fails
    /// <see cref="Model_EveryEntity_IsRowRuledOrDeclaredShared"/>, so nobody can add a table that is readable by accident.
    /// </summary>
    private static readonly HashSet<string> SharedReferenceData =
    [
        "Person", "Department", "Resource", "BusinessDriver", "DriverComparison", "DriverWeightRevision", "StrategicObjective",
        "AlignmentScore", "Standard", "RagThreshold", "PeriodClose",
    ];

    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    [Fact]
    public void Model_EveryEntity_IsRowRuledOrDeclaredShared()
    {
        using var db = Context(RowScope.For(User(PmoRoles.ProjectManager, "pm@example.com")));

        var unfiltered = db.Model.GetEntityTypes()
            .Where(t => !t.IsOwned() && t.GetDeclaredQueryFilters().Count == 0 && typeof(Common.Entity).IsAssignableFrom(t.ClrType))
            .Select(t => t.ClrType.Name)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(SharedReferenceData.Order(StringComparer.Ordinal), unfiltered);
    }

    [Fact]
    public void Model_UnrestrictedScope_HasNoFilterAtAll()
    {
        using var db = Context(RowScope.For(User(PmoRoles.PmoAdmin, "admin@example.com")));

        Assert.All(db.Model.GetEntityTypes(), t => Assert.Empty(t.GetDeclaredQueryFilters()));
    }

    [Fact]
    public void Model_EveryRequiredReferenceToARuledRow_IsRuledAsWell()
    {
        using var db = Context(RowScope.For(User(PmoRoles.PortfolioManager, "owner@example.com")));

        // A required reference to a hidden row hides the row holding it, so no non-null reference dangles.
        foreach (var entityType in db.Model.GetEntityTypes())
        {
            foreach (var navigation in entityType.GetNavigations().Where(n => !n.IsCollection && n.IsOnDependent && n.ForeignKey.IsRequired))
            {
                if (navigation.TargetEntityType.GetDeclaredQueryFilters().Count > 0)
                {
                    Assert.True(
                        entityType.GetDeclaredQueryFilters().Count > 0,
                        $"{entityType.ClrType.Name}.{navigation.Name} requires a row-ruled {navigation.TargetEntityType.ClrType.Name}, but {entityType.ClrType.Name} has no row rule.");
                }
            }
        }
    }

    [Fact]
    public void Query_ManagerScopeBeforeItsPortfoliosAreRead_FailsInsteadOfReadingEverything()
    {
        using var db = Context(RowScope.For(User(PmoRoles.ProjectManager, "pm@example.com")));
        db.Database.EnsureCreated();

        var error = Assert.Throws<InvalidOperationException>(() => db.Set<Project>().ToList());

        Assert.Contains("RowScope.LoadAsync", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("auditor")]
    public void For_UnknownOrMissingRole_ReadsNothing(string? role)
    {
        var scope = RowScope.For(role is null ? new ClaimsPrincipal(new ClaimsIdentity()) : User(role, "someone@example.com"));

        Assert.Same(RowScope.Nothing, scope);
        Assert.False(scope.AllPortfolios);
        Assert.Empty(scope.PortfolioIds);
    }

    public void Dispose() => _connection.Dispose();

    private PmoDbContext Context(RowScope scope) =>
        PmoDbContext.For(new DbContextOptionsBuilder<PmoDbContext>().UseSqlite(_connection).Options, scope);

    private static ClaimsPrincipal User(string role, string subject) => new(new ClaimsIdentity(
        [new Claim(PmoRoles.ClaimType, role), new Claim(PmoRoles.SubjectClaimType, subject)], "test", PmoRoles.SubjectClaimType, PmoRoles.ClaimType));
}
