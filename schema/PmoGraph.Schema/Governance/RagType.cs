using GraphQL.Types;

namespace PmoGraph.Schema.Governance;

public sealed class RagType : EnumerationGraphType<Rag>
{
    public RagType()
    {
        Name = "Rag";
        Description = "A traffic-light status: GREEN on track, AMBER at risk, RED off track; GREY where there is nothing to judge against (no baseline).";
    }
}
