using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PmoGraph.Schema.Organisation;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("People");
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Email).HasMaxLength(320);
        builder.Property(p => p.JobTitle).HasMaxLength(200);
        builder.Property(p => p.Subject).HasMaxLength(200);
        builder.HasIndex(p => p.Email).IsUnique();
        builder.HasIndex(p => p.Subject).IsUnique();
        builder.HasIndex(p => p.Name);
        builder.HasOne(p => p.Department).WithMany(d => d.People).HasForeignKey(p => p.DepartmentId).OnDelete(DeleteBehavior.SetNull);
    }
}
