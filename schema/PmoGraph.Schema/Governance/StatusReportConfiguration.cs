using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PmoGraph.Schema.Governance;

internal sealed class StatusReportConfiguration : IEntityTypeConfiguration<StatusReport>
{
    public void Configure(EntityTypeBuilder<StatusReport> builder)
    {
        builder.Property(r => r.Narrative).HasMaxLength(8000);
        builder.HasOne(r => r.Project).WithMany(p => p.StatusReports).HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.Author).WithMany().HasForeignKey(r => r.AuthorId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(r => new { r.ProjectId, r.Period }).IsUnique();
        builder.HasIndex(r => r.Period);
        builder.HasIndex(r => r.State);
        builder.HasIndex(r => r.Overall);
    }
}
