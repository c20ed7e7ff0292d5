using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PmoGraph.Schema.Strategy;

internal sealed class BusinessDriverConfiguration : IEntityTypeConfiguration<BusinessDriver>
{
    public void Configure(EntityTypeBuilder<BusinessDriver> builder)
    {
        builder.Property(d => d.Code).HasMaxLength(32);
        builder.Property(d => d.Name).HasMaxLength(200);
        builder.Property(d => d.Description).HasMaxLength(4000);
        builder.HasIndex(d => d.Code).IsUnique();
        builder.HasIndex(d => d.Name);
        // Six decimals: a weight is a share of 1, and four would lose most of a small driver's precision.
        builder.Property(d => d.Weight).HasPrecision(9, 6);
        builder.HasOne(d => d.WeightRevision).WithMany().HasForeignKey(d => d.WeightRevisionId).OnDelete(DeleteBehavior.SetNull);
    }
}
