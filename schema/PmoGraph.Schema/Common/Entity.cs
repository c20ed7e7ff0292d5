namespace PmoGraph.Schema.Common;

/// <summary>Every stored row has an integer surrogate key.</summary>
public abstract class Entity
{
    public int Id { get; set; }
}
