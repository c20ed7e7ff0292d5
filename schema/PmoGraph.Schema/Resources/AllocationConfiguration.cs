using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PmoGraph.Schema.Resources;

internal sealed class AllocationConfiguration : IEntityTypeConfiguration<Allocation>
{
    public void Configure(EntityTypeBuilder<Allocation> builder)
    {
        builder.HasOne(a => a.Resource).WithMany(r => r.Allocations).HasForeignKey(a => a.ResourceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Project).WithMany(p => p.Allocations).HasForeignKey(a => a.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.ResourceId, a.ProjectId, a.Month }).IsUnique();
        builder.HasIndex(a => a.Month);
        builder.ToTable(t => t.HasCheckConstraint("CK_Allocations_Hours", "CAST(\"Hours\" AS REAL) >= 0"));
    }
}
