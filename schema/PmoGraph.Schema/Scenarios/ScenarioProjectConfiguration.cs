using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PmoGraph.Schema.Scenarios;

internal sealed class ScenarioProjectConfiguration : IEntityTypeConfiguration<ScenarioProject>
{
    public void Configure(EntityTypeBuilder<ScenarioProject> builder)
    {
        builder.HasOne(s => s.Scenario).WithMany(s => s.Projects).HasForeignKey(s => s.ScenarioId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.Project).WithMany().HasForeignKey(s => s.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.ScenarioId, s.ProjectId }).IsUnique();
    }
}
