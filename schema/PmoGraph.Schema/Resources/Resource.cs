using PmoGraph.Schema.Common;
using PmoGraph.Schema.Organisation;

namespace PmoGraph.Schema.Resources;

/// <summary>A named person or a generic role that work is allocated to.</summary>
public sealed class Resource : VersionedEntity
{
    public required string Name { get; set; }

    /// <summary>The role the resource fills (for a generic resource, the role itself).</summary>
    public required string Role { get; set; }
    public int? PersonId { get; set; }
    public Person? Person { get; set; }
    public int? DepartmentId { get; set; }
    public Department? Department { get; set; }
    public bool IsGeneric { get; set; }

    /// <summary>Hours available in a month.</summary>
    public decimal MonthlyCapacityHours { get; set; }
    public decimal HourlyRate { get; set; }
    public required string Currency { get; set; }
    public List<Allocation> Allocations { get; set; } = [];
}
