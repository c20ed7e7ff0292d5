using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PmoGraph.Schema.Governance;

internal sealed class PhaseGateConfiguration : IEntityTypeConfiguration<PhaseGate>
{
    public void Configure(EntityTypeBuilder<PhaseGate> builder)
    {
        builder.Property(g => g.Notes).HasMaxLength(4000);
        builder.HasOne(g => g.Project).WithMany(p => p.PhaseGates).HasForeignKey(g => g.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(g => g.DecidedBy).WithMany().HasForeignKey(g => g.DecidedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(g => g.DecidedOn);
        builder.HasIndex(g => g.Decision);
    }
}
