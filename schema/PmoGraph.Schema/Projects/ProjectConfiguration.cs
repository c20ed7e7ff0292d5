using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PmoGraph.Schema.Projects;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.Property(p => p.Code).HasMaxLength(32);
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Description).HasMaxLength(4000);
        builder.Property(p => p.Currency).HasMaxLength(3).IsFixedLength();
        builder.HasIndex(p => p.Code).IsUnique();
        builder.HasIndex(p => p.ExternalId).IsUnique();
        builder.HasIndex(p => p.Name);
        builder.HasIndex(p => p.Stage);
        builder.HasIndex(p => p.PlannedFinish);
        builder.HasIndex(p => p.BaselineFinish);
        builder.HasIndex(p => p.BudgetAtCompletion);
        builder.HasIndex(p => p.Priority);
        builder.HasOne(p => p.Program).WithMany(p => p.Projects).HasForeignKey(p => p.ProgramId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Sponsor).WithMany(p => p.SponsoredProjects).HasForeignKey(p => p.SponsorId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(p => p.Manager).WithMany(p => p.ManagedProjects).HasForeignKey(p => p.ManagerId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(p => p.Department).WithMany(d => d.Projects).HasForeignKey(p => p.DepartmentId).OnDelete(DeleteBehavior.SetNull);
        builder.ToTable(t => t.HasCheckConstraint("CK_Projects_PercentComplete", "CAST(\"PercentComplete\" AS REAL) BETWEEN 0 AND 100"));
    }
}
