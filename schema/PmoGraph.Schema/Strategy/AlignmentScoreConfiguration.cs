using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PmoGraph.Schema.Strategy;

internal sealed class AlignmentScoreConfiguration : IEntityTypeConfiguration<AlignmentScore>
{
    public void Configure(EntityTypeBuilder<AlignmentScore> builder) => builder.HasIndex(s => s.Rating).IsUnique();
}
