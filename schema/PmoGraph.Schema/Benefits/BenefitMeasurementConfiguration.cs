using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PmoGraph.Schema.Benefits;

internal sealed class BenefitMeasurementConfiguration : IEntityTypeConfiguration<BenefitMeasurement>
{
    public void Configure(EntityTypeBuilder<BenefitMeasurement> builder)
    {
        builder.HasOne(m => m.Benefit).WithMany(b => b.Measurements).HasForeignKey(m => m.BenefitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.BenefitId, m.Period }).IsUnique();
        builder.HasIndex(m => m.Period);
    }
}
