using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PmoGraph.Schema.Strategy;

internal sealed class BusinessDriverConfiguration : IEntityTypeConfiguration<BusinessDriver>
{
    public void Configure(EntityTypeBuilder<BusinessDriver> builder)
    {
        builder.Property(d => d.Code).HasMaxLength(32);
        builder.Property(d => d.Name).HasMaxLength(200);
        builder.Property(d => d.Description).HasMaxLength(4000);
        builder.HasIndex(d => d.Code).IsUnique();
        builder.HasIndex(d => d.Name);
    }
}
