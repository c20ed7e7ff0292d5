using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PmoGraph.Schema.Scenarios;

internal sealed class PortfolioScenarioConfiguration : IEntityTypeConfiguration<PortfolioScenario>
{
    public void Configure(EntityTypeBuilder<PortfolioScenario> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.Description).HasMaxLength(4000);
        builder.Property(s => s.Constraints).HasMaxLength(64000);
        builder.HasIndex(s => s.Name);
        builder.HasIndex(s => s.CreatedAt);
    }
}
