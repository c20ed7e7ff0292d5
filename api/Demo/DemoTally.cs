using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace PmoGraph.Api.Demo;

/// <summary>Rows written per entity type, counted from the change tracker before each save.</summary>
internal sealed class DemoTally
{
    private readonly SortedDictionary<string, int> _counts = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> Counts => _counts;

    public void Count(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries())
        {
            if (entry.State == EntityState.Added)
            {
                var name = entry.Metadata.ClrType.Name;
                _counts[name] = _counts.GetValueOrDefault(name) + 1;
            }
        }
    }

    /// <summary>Adds rows written without the change tracker, by entity type name.</summary>
    public void Count(IReadOnlyDictionary<string, int> written)
    {
        foreach (var (name, count) in written)
        {
            _counts[name] = _counts.GetValueOrDefault(name) + count;
        }
    }

    public string Summary()
    {
        var text = new StringBuilder();
        foreach (var (name, count) in _counts)
        {
            if (text.Length > 0)
            {
                text.Append(", ");
            }

            text.Append(CultureInfo.InvariantCulture, $"{name}={count}");
        }

        return text.ToString();
    }
}
