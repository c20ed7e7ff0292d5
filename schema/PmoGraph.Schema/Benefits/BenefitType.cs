using GraphQL.Types;
using PmoGraph.Schema.Authorization;
using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Querying;
using PmoGraph.Schema.Strategy;

namespace PmoGraph.Schema.Benefits;

public sealed class BenefitType : ObjectGraphType<Benefit>
{
    public BenefitType()
    {
        Name = "Benefit";
        Description = "A value a project is expected to deliver, in money, toward a strategic objective; measured month by month.";
        Field(b => b.Id).Description("The benefit's id.");
        Field(b => b.Name).Description("The benefit's name.").Filterable().Sortable();
        Field(b => b.Description, nullable: true).Description("What the benefit is and how it is measured.");
        Field(b => b.PlannedValue).Description("The total value the benefit is planned to deliver, in its currency.").Filterable().Sortable().Sensitive(SensitiveData.Financial);
        Field(b => b.Currency).Description("The ISO 4217 code of the benefit's currency.").Filterable().Sortable();
        Field(b => b.Version).Description("Concurrency version; send it back with an update.");
        this.Reference<Benefit, Project, ProjectType>("project", b => b.ProjectId).Description("The project expected to deliver the benefit.").Filterable(b => b.Project).Sortable(b => b.Project);
        this.OptionalReference<Benefit, StrategicObjective, StrategicObjectiveType>("objective", b => b.ObjectiveId).Description("The strategic objective the benefit contributes to.").Filterable(b => b.Objective).Sortable(b => b.Objective);
        this.Children<Benefit, BenefitMeasurement, BenefitMeasurementType>("measurements", m => m.BenefitId).Description("The benefit's planned and realised value month by month.");
    }
}
