using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using PmoGraph.Schema.Common;

namespace PmoGraph.Migrations.Postgres;

/// <summary>
/// PostgreSQL's changes to the portfolio model. Each versioned row's concurrency token is the <c>xmin</c> system
/// column (the id of the transaction that last wrote the row), which PostgreSQL maintains itself, so a save is
/// conditional on nobody having written the row since it was read. <see cref="VersionedEntity.Version"/> stays an
/// ordinary column, still bumped on every save: it is what clients see and send back, and
/// <c>MutationScope.ExpectVersion</c> compares it with the row's before anything is written. Decimals are read with
/// SQLite's scale (<see cref="DecimalScaleConverter"/>).
/// </summary>
public sealed class PostgresModelCustomizer(ModelCustomizerDependencies dependencies) : RelationalModelCustomizer(dependencies)
{
    /// <summary>The shadow property mapped to <c>xmin</c> on every versioned table.</summary>
    public const string RowVersion = "RowVersion";

    public override void Customize(ModelBuilder modelBuilder, DbContext context)
    {
        base.Customize(modelBuilder, context);
        ArgumentNullException.ThrowIfNull(modelBuilder);
        foreach (var entityType in modelBuilder.Model.GetEntityTypes().Where(e => e.BaseType is null).ToList())
        {
            foreach (var property in entityType.GetProperties().Where(p => (Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType) == typeof(decimal)))
            {
                property.SetValueConverter(new DecimalScaleConverter());
            }

            if (typeof(VersionedEntity).IsAssignableFrom(entityType.ClrType))
            {
                var entity = modelBuilder.Entity(entityType.ClrType);
                entity.Property(nameof(VersionedEntity.Version)).IsConcurrencyToken(false);
                // Npgsql maps a uint row version to xmin: no column is created, none is written.
                entity.Property<uint>(RowVersion).IsRowVersion();
            }
        }
    }
}
