namespace PmoGraph.Schema.Common;

/// <summary>A row that is archived rather than deleted: it stays readable, marked as no longer active.</summary>
public interface IArchivable
{
    bool IsArchived { get; set; }
}
