using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using PmoGraph.Schema.Authorization;
using PmoGraph.Schema.Common;

namespace PmoGraph.Schema.Data;

/// <summary>
/// The portfolio store. Each slice configures its own entities; they are reached through <c>Set&lt;T&gt;()</c>.
/// Every context reads through a <see cref="RowScope"/>: the row rules are global query filters of its model
/// (<see cref="RowRules"/>), so whatever code queries it gets only the rows its caller may read.
/// </summary>
/// <remarks>
/// Whether a context's model carries the row rules is fixed when it is made, by its options
/// (<see cref="RowRulesOptions"/>), and never changes: a pooled context keeps the model it was first built with. A
/// context with the rules reads nothing until a scope is entered (<see cref="Enter"/>), takes only a restricted scope,
/// and forgets it when disposed (returned to its pool), so a context out of its lease fails instead of reading for its
/// last caller. A context without them takes only <see cref="RowScope.Everything"/>.
/// </remarks>
public sealed class PmoDbContext : DbContext
{
    private RowScope? _scope;

    /// <summary>
    /// A context of the kind its options say: without row rules (reads every row: start-up, migrations, CLI verbs and
    /// tests that set up data), or with them, waiting for its caller's scope (<see cref="Enter"/>).
    /// </summary>
    public PmoDbContext(DbContextOptions<PmoDbContext> options)
        : base(options)
    {
        ArgumentNullException.ThrowIfNull(options);
        HasRowRules = RowRulesOptions.Restricts(options);
        _scope = HasRowRules ? null : RowScope.Everything;
    }

    /// <summary>Whether this context's model carries the row rules; fixed for the context's life.</summary>
    public bool HasRowRules { get; }

    /// <summary>Whose rows this context reads.</summary>
    /// <exception cref="InvalidOperationException">A context with row rules that no caller's scope has entered.</exception>
    public RowScope Scope => _scope
        ?? throw new InvalidOperationException("A store context with row rules was read outside a caller's lease (PmoDbContext.Enter).");

    /// <summary>A context (not pooled) reading for <paramref name="scope"/>: its options made of its kind, its scope entered.</summary>
    public static PmoDbContext For(DbContextOptions<PmoDbContext> options, RowScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var context = new PmoDbContext(RowRulesOptions.Of(options, restricted: !scope.IsUnrestricted));
        context.Enter(scope);
        return context;
    }

    /// <summary>
    /// Starts reading for <paramref name="scope"/>: a restricted scope on a context with row rules that has none, or
    /// <see cref="RowScope.Everything"/> on one without. Anything else throws, so a pooled context cannot read with the
    /// wrong model or for two callers.
    /// </summary>
    public void Enter(RowScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.IsUnrestricted == HasRowRules)
        {
            throw new InvalidOperationException(HasRowRules
                ? "An unrestricted scope cannot enter a store context whose model has the row rules."
                : "A restricted scope cannot enter a store context whose model has no row rules.");
        }

        if (HasRowRules && _scope is not null)
        {
            throw new InvalidOperationException("A store context with row rules already reads for a caller.");
        }

        _scope = scope;
    }

    /// <summary>Forgets the caller (a context with row rules), then disposes or returns the context to its pool.</summary>
    public override void Dispose()
    {
        Leave();
        base.Dispose();
    }

    /// <summary>Forgets the caller (a context with row rules), then disposes or returns the context to its pool.</summary>
    public override ValueTask DisposeAsync()
    {
        Leave();
        return base.DisposeAsync();
    }

    private void Leave()
    {
        if (HasRowRules)
        {
            _scope = null;
        }
    }

    /// <summary>
    /// What every context of this store needs in its options. The host applies it once to the options it shares
    /// between requests; a context whose options lack it (tests, tools) applies it in <see cref="OnConfiguring"/>,
    /// which otherwise rebuilds the options on every context.
    /// </summary>
    public static DbContextOptionsBuilder ApplyStoreConventions(DbContextOptionsBuilder optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        // Two models: one without filters for an unrestricted scope (no cost in its SQL), one with the row rules.
        optionsBuilder.ReplaceService<IModelCacheKeyFactory, RowScopeModelCacheKeyFactory>();
        // On SQLite, decimal comparisons and orderings decided on integer parts first, sparing EF Core's callbacks.
        optionsBuilder.AddInterceptors(SqliteDecimalComparisons.Instance);
        // A required reference to a filtered row hides the row holding it; RowRules gives both ends the same rule on purpose.
        return optionsBuilder.ConfigureWarnings(w => w.Ignore(CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning));
    }

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        if (!HasStoreConventions(optionsBuilder.Options))
        {
            ApplyStoreConventions(optionsBuilder);
        }
    }

    private static bool HasStoreConventions(DbContextOptions options) =>
        options.FindExtension<CoreOptionsExtension>() is { } core
        && core.ReplacedServices?.GetValueOrDefault((typeof(IModelCacheKeyFactory), null)) == typeof(RowScopeModelCacheKeyFactory)
        && core.WarningsConfiguration.GetBehavior(CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning) == WarningBehavior.Ignore;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<decimal>().HavePrecision(18, 4);
        configurationBuilder.Properties<string>().HaveMaxLength(400);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PmoDbContext).Assembly);

        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            if (typeof(VersionedEntity).IsAssignableFrom(entityType.ClrType))
            {
                modelBuilder.Entity(entityType.ClrType).Property(nameof(VersionedEntity.Version)).IsConcurrencyToken();
            }

            // Enums are stored by name: readable in the reporting views and stable when members are added.
            foreach (var property in entityType.GetProperties())
            {
                var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
                if (type.IsEnum)
                {
                    property.SetValueConverter(typeof(EnumToStringConverter<>).MakeGenericType(type));
                    property.SetMaxLength(32);
                }
            }
        }

        if (HasRowRules)
        {
            RowRules.Apply(modelBuilder, this);
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// What every save does to the tracked changes before writing them (versions numbered, unstorable figures nulled),
    /// for a writer that takes them to the store without <c>SaveChanges</c>: the demo's bulk close.
    /// </summary>
    internal void ApplySaveRules() => BumpVersions();

    /// <summary>
    /// A derived figure too large for its column (an estimate at completion of a project whose CPI is near zero) is
    /// stored as null, the way a ratio over zero is, instead of failing the whole save (a period close) on PostgreSQL's
    /// numeric overflow. Inputs never get here out of range: mutations check them against their types' bounds.
    /// </summary>
    private void NullUnstorableFigures()
    {
        foreach (var entry in ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            foreach (var property in entry.Properties)
            {
                if (property.Metadata.ClrType == typeof(decimal?) && property.CurrentValue is decimal value
                    && property.Metadata.GetPrecision() is { } precision && Math.Abs(value) >= Capacity(precision - (property.Metadata.GetScale() ?? 0)))
                {
                    property.CurrentValue = null;
                }
            }
        }
    }

    private static decimal Capacity(int integerDigits) => integerDigits >= 28 ? decimal.MaxValue : (decimal)Math.Pow(10, integerDigits);

    private void BumpVersions()
    {
        NullUnstorableFigures();
        foreach (var entry in ChangeTracker.Entries<VersionedEntity>())
        {
            if (entry.State is EntityState.Added)
            {
                entry.Entity.Version = 1;
            }
            else if (entry.State is EntityState.Modified)
            {
                entry.Entity.Version++;
            }
        }
    }

    private sealed class RowScopeModelCacheKeyFactory : IModelCacheKeyFactory
    {
        public object Create(DbContext context, bool designTime) =>
            (context.GetType(), designTime, context is PmoDbContext { HasRowRules: true });
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        toStore => toStore.Kind == DateTimeKind.Utc ? toStore : toStore.ToUniversalTime(),
        fromStore => DateTime.SpecifyKind(fromStore, DateTimeKind.Utc));
}
