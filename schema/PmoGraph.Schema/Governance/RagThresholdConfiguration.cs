using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PmoGraph.Schema.Governance;

internal sealed class RagThresholdConfiguration : IEntityTypeConfiguration<RagThreshold>
{
    public void Configure(EntityTypeBuilder<RagThreshold> builder)
    {
        builder.Property(t => t.Metric).HasMaxLength(64);
        builder.HasIndex(t => t.Metric).IsUnique();
    }
}
