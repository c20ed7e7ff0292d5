using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PmoGraph.Schema.Periods;

internal sealed class PeriodCloseConfiguration : IEntityTypeConfiguration<PeriodClose>
{
    public void Configure(EntityTypeBuilder<PeriodClose> builder)
    {
        builder.Property(c => c.FirstClosedBy).HasMaxLength(200);
        builder.Property(c => c.LastRunBy).HasMaxLength(200);
        builder.HasIndex(c => c.Period).IsUnique();
    }
}
