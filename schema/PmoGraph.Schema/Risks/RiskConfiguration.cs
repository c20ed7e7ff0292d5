using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PmoGraph.Schema.Risks;

internal sealed class RiskConfiguration : IEntityTypeConfiguration<Risk>
{
    public void Configure(EntityTypeBuilder<Risk> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(200);
        builder.Property(r => r.Description).HasMaxLength(4000);
        builder.Property(r => r.Mitigation).HasMaxLength(4000);
        builder.HasOne(r => r.Project).WithMany(p => p.Risks).HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.Owner).WithMany().HasForeignKey(r => r.OwnerId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(r => r.Status);
        builder.HasIndex(r => r.Exposure);
        builder.HasIndex(r => r.RaisedOn);
        builder.ToTable(t => t.HasCheckConstraint("CK_Risks_Probability", "CAST(\"Probability\" AS REAL) BETWEEN 0 AND 1"));
        builder.ToTable(t => t.HasCheckConstraint("CK_Risks_Impact", "\"Impact\" >= 1 AND \"Impact\" <= 5"));
    }
}
