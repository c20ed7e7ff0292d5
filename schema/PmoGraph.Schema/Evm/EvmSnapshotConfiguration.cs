using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PmoGraph.Schema.Evm;

internal sealed class EvmSnapshotConfiguration : IEntityTypeConfiguration<EvmSnapshot>
{
    public void Configure(EntityTypeBuilder<EvmSnapshot> builder)
    {
        builder.HasOne(s => s.Project).WithMany(p => p.EvmSnapshots).HasForeignKey(s => s.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.ProjectId, s.StatusDate }).IsUnique();
        builder.HasIndex(s => s.StatusDate);
        builder.HasIndex(s => s.CostPerformanceIndex);
        builder.HasIndex(s => s.SchedulePerformanceIndex);
    }
}
