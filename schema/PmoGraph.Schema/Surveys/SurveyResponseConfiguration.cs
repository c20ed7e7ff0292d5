using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PmoGraph.Schema.Surveys;

internal sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> builder)
    {
        builder.Property(r => r.Respondent).HasMaxLength(200);
        builder.Property(r => r.Comment).HasMaxLength(4000);
        builder.HasOne(r => r.Survey).WithMany(s => s.Responses).HasForeignKey(r => r.SurveyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.RespondedOn);
        builder.ToTable(t => t.HasCheckConstraint("CK_SurveyResponses_Satisfaction", "\"Satisfaction\" BETWEEN 1 AND 5"));
        builder.ToTable(t => t.HasCheckConstraint("CK_SurveyResponses_Recommend", "\"RecommendScore\" IS NULL OR \"RecommendScore\" BETWEEN 0 AND 10"));
    }
}
