using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PmoGraph.Schema.Strategy;

internal sealed class DriverComparisonConfiguration : IEntityTypeConfiguration<DriverComparison>
{
    public void Configure(EntityTypeBuilder<DriverComparison> builder)
    {
        builder.HasOne(c => c.First).WithMany(d => d.ComparisonsAsFirst).HasForeignKey(c => c.FirstDriverId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Second).WithMany(d => d.ComparisonsAsSecond).HasForeignKey(c => c.SecondDriverId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.FirstDriverId, c.SecondDriverId }).IsUnique();
        builder.ToTable(t => t.HasCheckConstraint("CK_DriverComparisons_Judgement", "\"Judgement\" >= 0.111 AND \"Judgement\" <= 9"));
        // Each unordered pair is stored once, in id order; the reciprocal judgement is implied.
        builder.ToTable(t => t.HasCheckConstraint("CK_DriverComparisons_Ordered", "\"FirstDriverId\" < \"SecondDriverId\""));
    }
}
