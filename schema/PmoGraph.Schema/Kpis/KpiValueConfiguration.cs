using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PmoGraph.Schema.Kpis;

internal sealed class KpiValueConfiguration : IEntityTypeConfiguration<KpiValue>
{
    public void Configure(EntityTypeBuilder<KpiValue> builder)
    {
        builder.Property(k => k.Kpi).HasMaxLength(64);
        builder.HasIndex(k => new { k.Kpi, k.Period, k.Scope, k.ScopeId }).IsUnique();
        builder.HasIndex(k => k.Period);
    }
}
