using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace PmoGraph.Schema.Data;

/// <summary>
/// Whether the contexts made from a set of options have the row rules in their model: a mark in the options, so a
/// context's kind is decided where it is made (a pool, <see cref="PmoDbContext.For"/>) and read by its one constructor,
/// which is what EF Core's context pooling calls. Options without the mark make contexts without row rules.
/// </summary>
internal sealed class RowRulesOptions : IDbContextOptionsExtension
{
    private RowRulesOptions(bool restricted)
    {
        Restricted = restricted;
        Info = new ExtensionInfo(this);
    }

    /// <summary>Whether the model has the row rules.</summary>
    public bool Restricted { get; }

    public DbContextOptionsExtensionInfo Info { get; }

    /// <summary><paramref name="options"/> marked for contexts with (or without) row rules.</summary>
    public static DbContextOptions<PmoDbContext> Of(DbContextOptions<PmoDbContext> options, bool restricted)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Restricts(options) == restricted ? options : (DbContextOptions<PmoDbContext>)options.WithExtension(new RowRulesOptions(restricted));
    }

    /// <summary>Whether contexts made from <paramref name="options"/> have the row rules.</summary>
    public static bool Restricts(DbContextOptions options) => options.FindExtension<RowRulesOptions>() is { Restricted: true };

    public void ApplyServices(IServiceCollection services)
    {
    }

    public void Validate(IDbContextOptions options)
    {
    }

    /// <summary>The mark changes no service: both kinds share EF Core's internal service provider.</summary>
    private sealed class ExtensionInfo(RowRulesOptions extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => ((RowRulesOptions)Extension).Restricted ? "RowRules " : string.Empty;

        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) =>
            debugInfo["PmoGraph:RowRules"] = ((RowRulesOptions)Extension).Restricted ? "1" : "0";
    }
}
