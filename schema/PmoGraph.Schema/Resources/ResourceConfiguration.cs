using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PmoGraph.Schema.Resources;

internal sealed class ResourceConfiguration : IEntityTypeConfiguration<Resource>
{
    public void Configure(EntityTypeBuilder<Resource> builder)
    {
        builder.Property(r => r.Name).HasMaxLength(200);
        builder.Property(r => r.Role).HasMaxLength(100);
        builder.Property(r => r.Currency).HasMaxLength(3).IsFixedLength();
        builder.HasOne(r => r.Person).WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(r => r.Department).WithMany(d => d.Resources).HasForeignKey(r => r.DepartmentId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(r => r.Name);
        builder.HasIndex(r => r.Role);
    }
}
