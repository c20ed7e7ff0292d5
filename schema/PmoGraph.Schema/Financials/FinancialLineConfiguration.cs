using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PmoGraph.Schema.Financials;

internal sealed class FinancialLineConfiguration : IEntityTypeConfiguration<FinancialLine>
{
    public void Configure(EntityTypeBuilder<FinancialLine> builder)
    {
        builder.HasOne(f => f.Project).WithMany(p => p.FinancialLines).HasForeignKey(f => f.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => new { f.ProjectId, f.Month, f.CostType }).IsUnique();
        builder.HasIndex(f => f.Month);
    }
}
