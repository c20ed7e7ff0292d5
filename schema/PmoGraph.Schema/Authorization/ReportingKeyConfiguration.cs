using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PmoGraph.Schema.Authorization;

internal sealed class ReportingKeyConfiguration : IEntityTypeConfiguration<ReportingKey>
{
    public void Configure(EntityTypeBuilder<ReportingKey> builder)
    {
        builder.ToTable("ReportingKeys");
        builder.Property(k => k.KeyId).HasMaxLength(32);
        builder.HasIndex(k => k.KeyId).IsUnique();
        builder.Property(k => k.Name).HasMaxLength(100);
        builder.HasIndex(k => k.Name).IsUnique();
        builder.Property(k => k.SecretHash).HasMaxLength(32);
    }
}
