using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PmoGraph.Schema.Benefits;

internal sealed class BenefitConfiguration : IEntityTypeConfiguration<Benefit>
{
    public void Configure(EntityTypeBuilder<Benefit> builder)
    {
        builder.Property(b => b.Name).HasMaxLength(200);
        builder.Property(b => b.Description).HasMaxLength(4000);
        builder.Property(b => b.Currency).HasMaxLength(3).IsFixedLength();
        builder.HasOne(b => b.Project).WithMany(p => p.Benefits).HasForeignKey(b => b.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(b => b.Objective).WithMany(o => o.Benefits).HasForeignKey(b => b.ObjectiveId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(b => b.Name);
    }
}
