using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PmoGraph.Schema.Changes;

internal sealed class ChangeRequestConfiguration : IEntityTypeConfiguration<ChangeRequest>
{
    public void Configure(EntityTypeBuilder<ChangeRequest> builder)
    {
        builder.Property(c => c.Code).HasMaxLength(32);
        builder.Property(c => c.Title).HasMaxLength(200);
        builder.Property(c => c.Description).HasMaxLength(4000);
        builder.Property(c => c.DecisionNote).HasMaxLength(4000);
        builder.HasOne(c => c.Project).WithMany(p => p.ChangeRequests).HasForeignKey(c => c.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.RequestedBy).WithMany().HasForeignKey(c => c.RequestedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(c => c.DecidedBy).WithMany().HasForeignKey(c => c.DecidedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => c.Code).IsUnique();
        builder.HasIndex(c => c.Status);
        builder.HasIndex(c => c.RaisedOn);
    }
}
