using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PmoGraph.Schema.Strategy;

internal sealed class DriverWeightRevisionConfiguration : IEntityTypeConfiguration<DriverWeightRevision>
{
    public void Configure(EntityTypeBuilder<DriverWeightRevision> builder)
    {
        builder.Property(r => r.Trigger).HasMaxLength(64);
        builder.HasIndex(r => r.ComputedAt);
    }
}
