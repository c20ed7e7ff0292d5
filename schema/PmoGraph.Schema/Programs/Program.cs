using PmoGraph.Schema.Common;
using PmoGraph.Schema.Organisation;
using PmoGraph.Schema.Portfolios;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Schema.Programs;

public sealed class Program : VersionedEntity, IArchivable
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public int PortfolioId { get; set; }
    public Portfolio Portfolio { get; set; } = null!;
    public int? ManagerId { get; set; }
    public Person? Manager { get; set; }
    public bool IsArchived { get; set; }
    public List<Project> Projects { get; set; } = [];
}
