using GraphQL.Types;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Strategy;

public sealed class BusinessDriverType : ObjectGraphType<BusinessDriver>
{
    public BusinessDriverType()
    {
        Name = "BusinessDriver";
        Description = "A criterion the EPMO weighs projects by; its weight comes from pairwise comparisons (AHP).";
        Field(d => d.Id).Description("The driver's id.");
        Field(d => d.Code).Description("The driver's short unique code.").Filterable().Sortable();
        Field(d => d.Name).Description("The driver's name.").Filterable().Sortable();
        Field(d => d.Description, nullable: true).Description("What the driver rewards in a project.");
        Field(d => d.IsActive).Description("Whether the driver takes part in weighting and project valuation.").Filterable().Sortable();
        Field(d => d.Weight, nullable: true)
            .Description("The driver's stored AHP weight, from the last consistent weighing of the pairwise judgements (the active drivers' weights sum to 1); null until the drivers are weighed, and while the driver is inactive. An inconsistent set of judgements (consistency ratio above 0.1) leaves it unchanged.")
            .Filterable().Sortable();
        Field(d => d.Version).Description("Concurrency version; send it back with an update.");
        this.OptionalReference<BusinessDriver, DriverWeightRevision, DriverWeightRevisionType>("weightRevision", d => d.WeightRevisionId)
            .Description("The weighing the stored weight comes from: when, on which judgements, and how consistent they were.");
        this.Children<BusinessDriver, ProjectAlignment, ProjectAlignmentType>("alignments", a => a.DriverId).Description("How strongly projects serve this driver.");
        this.Children<BusinessDriver, DriverComparison, DriverComparisonType>("comparisonsAsFirst", c => c.FirstDriverId).Description("Pairwise judgements where this driver is the first of the pair.");
        this.Children<BusinessDriver, DriverComparison, DriverComparisonType>("comparisonsAsSecond", c => c.SecondDriverId).Description("Pairwise judgements where this driver is the second of the pair.");
    }
}
