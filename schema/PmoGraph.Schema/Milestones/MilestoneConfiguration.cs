using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PmoGraph.Schema.Milestones;

internal sealed class MilestoneConfiguration : IEntityTypeConfiguration<Milestone>
{
    public void Configure(EntityTypeBuilder<Milestone> builder)
    {
        builder.Property(m => m.Name).HasMaxLength(200);
        builder.HasOne(m => m.Project).WithMany(p => p.Milestones).HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => m.PlannedDate);
        builder.HasIndex(m => m.ActualDate);
        builder.ToTable(t => t.HasCheckConstraint("CK_Milestones_Weight", "\"EarnedValueWeight\" IS NULL OR CAST(\"EarnedValueWeight\" AS REAL) BETWEEN 0 AND 1"));
    }
}
