using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PmoGraph.Schema.Idempotency;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        // The key is the claim: a second insert of the same caller and key fails, whichever instance sends it.
        builder.HasKey(r => new { r.Actor, r.Key });
        builder.Property(r => r.Actor).HasMaxLength(200);
        builder.Property(r => r.Key).HasMaxLength(200);
        builder.Property(r => r.RequestHash).HasMaxLength(64).IsFixedLength();
        builder.Property(r => r.ResponseContentType).HasMaxLength(100);
        builder.Property(r => r.ResponseBody).HasMaxLength(16_000_000);
        builder.HasIndex(r => r.CreatedAt);
    }
}
