using GraphQL.Types;

namespace PmoGraph.Schema.Governance;

public sealed class RagThresholdType : ObjectGraphType<RagThreshold>
{
    public RagThresholdType()
    {
        Name = "RagThreshold";
        Description = "The RAG policy for one metric: green at or above greenFrom, amber at or above amberFrom, red below.";
        Field(t => t.Id).Description("The threshold's id.");
        Field(t => t.Metric).Description("The metric the policy applies to, e.g. SPI or CPI.");
        Field(t => t.GreenFrom).Description("The lowest value that is green, e.g. 0.95 for SPI.");
        Field(t => t.AmberFrom).Description("The lowest value that is amber, e.g. 0.90 for SPI; anything lower is red.");
        Field(t => t.Version).Description("Concurrency version; send it back with an update.");
    }
}
