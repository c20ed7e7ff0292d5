using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PmoGraph.Schema.Strategy;

internal sealed class ProjectAlignmentConfiguration : IEntityTypeConfiguration<ProjectAlignment>
{
    public void Configure(EntityTypeBuilder<ProjectAlignment> builder)
    {
        builder.Property(a => a.Rationale).HasMaxLength(2000);
        builder.HasOne(a => a.Project).WithMany(p => p.Alignments).HasForeignKey(a => a.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Driver).WithMany(d => d.Alignments).HasForeignKey(a => a.DriverId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Objective).WithMany(o => o.Alignments).HasForeignKey(a => a.ObjectiveId).OnDelete(DeleteBehavior.Cascade);
        // One rating per project and driver, and per project and objective (NULLs are distinct in a plain unique index).
        builder.HasIndex(a => new { a.ProjectId, a.DriverId }).IsUnique().HasFilter("\"DriverId\" IS NOT NULL");
        builder.HasIndex(a => new { a.ProjectId, a.ObjectiveId }).IsUnique().HasFilter("\"ObjectiveId\" IS NOT NULL");
        builder.HasIndex(a => a.Rating);
        builder.ToTable(t => t.HasCheckConstraint(
            "CK_ProjectAlignments_Target",
            "(\"DriverId\" IS NULL AND \"ObjectiveId\" IS NOT NULL) OR (\"DriverId\" IS NOT NULL AND \"ObjectiveId\" IS NULL)"));
    }
}
