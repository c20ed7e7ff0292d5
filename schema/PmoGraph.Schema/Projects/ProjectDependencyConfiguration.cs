using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PmoGraph.Schema.Projects;

internal sealed class ProjectDependencyConfiguration : IEntityTypeConfiguration<ProjectDependency>
{
    public void Configure(EntityTypeBuilder<ProjectDependency> builder)
    {
        builder.Property(d => d.Note).HasMaxLength(2000);
        builder.HasOne(d => d.Project).WithMany(p => p.Dependencies).HasForeignKey(d => d.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(d => d.OtherProject).WithMany(p => p.Dependents).HasForeignKey(d => d.OtherProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.ProjectId, d.OtherProjectId, d.Kind }).IsUnique();
        builder.ToTable(t => t.HasCheckConstraint("CK_ProjectDependencies_Distinct", "\"ProjectId\" <> \"OtherProjectId\""));
    }
}
