using GraphQL.Types;
using PmoGraph.Schema.Authorization;
using PmoGraph.Schema.Benefits;
using PmoGraph.Schema.Changes;
using PmoGraph.Schema.Compliance;
using PmoGraph.Schema.Evm;
using PmoGraph.Schema.Financials;
using PmoGraph.Schema.Governance;
using PmoGraph.Schema.Issues;
using PmoGraph.Schema.Milestones;
using PmoGraph.Schema.Organisation;
using PmoGraph.Schema.Programs;
using PmoGraph.Schema.Querying;
using PmoGraph.Schema.Resources;
using PmoGraph.Schema.Risks;
using PmoGraph.Schema.Scenarios;
using PmoGraph.Schema.Strategy;
using PmoGraph.Schema.Surveys;

namespace PmoGraph.Schema.Projects;

public sealed class ProjectType : ObjectGraphType<Project>
{
    public ProjectType()
    {
        Name = "Project";
        Description = "A temporary endeavour with a budget, a schedule and a manager, reported on by the PMO.";
        Field(p => p.Id).Description("The project's id.");
        Field(p => p.Code).Description("The project's short unique code.").Filterable().Sortable();
        Field(p => p.Name).Description("The project's name.").Filterable().Sortable();
        Field(p => p.Description, nullable: true).Description("What the project delivers.");
        Field(p => p.ExternalId, type: typeof(UuidGraphType)).Description("The project's id in integrated systems (ERP, timesheets).").Filterable();
        Field(p => p.Stage, type: typeof(NonNullGraphType<LifecycleStageType>)).Description("The project's lifecycle stage.").Filterable();
        Field(p => p.PlannedStart, nullable: true).Description("The planned start date.").Filterable().Sortable();
        Field(p => p.PlannedFinish, nullable: true).Description("The planned finish date.").Filterable().Sortable();
        Field(p => p.BaselineStart, nullable: true).Description("The approved baseline start date.").Filterable().Sortable();
        Field(p => p.BaselineFinish, nullable: true).Description("The approved baseline finish date.").Filterable().Sortable();
        Field(p => p.ForecastStart, nullable: true).Description("The currently forecast start date.").Filterable().Sortable();
        Field(p => p.ForecastFinish, nullable: true).Description("The currently forecast finish date.").Filterable().Sortable();
        Field(p => p.ActualStart, nullable: true).Description("The date work actually started.").Filterable().Sortable();
        Field(p => p.ActualFinish, nullable: true).Description("The date the project actually finished.").Filterable().Sortable();
        Field(p => p.BudgetAtCompletion).Description("The baseline budget at completion (BAC), in the project's currency.").Filterable().Sortable().Sensitive(SensitiveData.Financial);
        Field(p => p.Currency).Description("The ISO 4217 code of the project's currency.").Filterable().Sortable();
        Field(p => p.StatusDate, nullable: true).Description("The date the project's figures are reported as of.").Filterable().Sortable();
        Field(p => p.EarnedValueMethod, type: typeof(NonNullGraphType<EarnedValueMethodType>)).Description("How milestones credit earned value.").Filterable();
        Field(p => p.PercentComplete).Description("Physical percent complete, 0 to 100.").Filterable().Sortable();
        Field(p => p.Priority).Description("The project's priority rank (1 is highest).").Filterable().Sortable();
        Field(p => p.IsArchived).Description("Whether the project has been archived.").Filterable().Sortable();
        Field(p => p.Version).Description("Concurrency version; send it back with an update.").Filterable().Sortable();
        this.Reference<Project, Program, ProgramType>("program", p => p.ProgramId).Description("The program the project belongs to.").Filterable(p => p.Program).Sortable(p => p.Program);
        this.OptionalReference<Project, Person, PersonType>("sponsor", p => p.SponsorId).Description("The executive sponsor.").Filterable(p => p.Sponsor).Sortable(p => p.Sponsor);
        this.OptionalReference<Project, Person, PersonType>("manager", p => p.ManagerId).Description("The project manager.").Filterable(p => p.Manager).Sortable(p => p.Manager);
        this.OptionalReference<Project, Department, DepartmentType>("department", p => p.DepartmentId).Description("The department that owns the project.").Filterable(p => p.Department).Sortable(p => p.Department);
        this.Children<Project, ProjectDependency, ProjectDependencyType>("dependencies", d => d.ProjectId).Description("Projects this one requires or excludes.");
        this.Children<Project, ProjectDependency, ProjectDependencyType>("dependents", d => d.OtherProjectId).Description("Projects that require or exclude this one.");
        this.Children<Project, Milestone, MilestoneType>("milestones", m => m.ProjectId).Description("The project's milestones.").Filterable(p => p.Milestones);
        this.Children<Project, FinancialLine, FinancialLineType>("financialLines", f => f.ProjectId).Description("The project's budget, forecast and actual cost by month and cost type.").Filterable(p => p.FinancialLines);
        this.Children<Project, Risk, RiskType>("risks", r => r.ProjectId).Description("The project's risk register.").Filterable(p => p.Risks);
        this.Children<Project, Issue, IssueType>("issues", i => i.ProjectId).Description("The project's issue log.").Filterable(p => p.Issues);
        this.Children<Project, ChangeRequest, ChangeRequestType>("changeRequests", c => c.ProjectId).Description("Changes requested to the project's scope, cost or schedule.").Filterable(p => p.ChangeRequests);
        this.Children<Project, Allocation, AllocationType>("allocations", a => a.ProjectId).Description("Resource hours booked on the project by month.");
        this.Children<Project, PhaseGate, PhaseGateType>("phaseGates", g => g.ProjectId).Description("The project's gate reviews.");
        this.Children<Project, StatusReport, StatusReportType>("statusReports", r => r.ProjectId).Description("The project's monthly status reports.").Filterable(p => p.StatusReports);
        this.Children<Project, Document, DocumentType>("documents", d => d.ProjectId).Description("The artefacts the project has produced.");
        this.Children<Project, Benefit, BenefitType>("benefits", b => b.ProjectId).Description("The benefits the project is expected to deliver.");
        this.Children<Project, Survey, SurveyType>("surveys", s => s.ProjectId).Description("Satisfaction surveys sent about the project.");
        this.Children<Project, ProjectAlignment, ProjectAlignmentType>("alignments", a => a.ProjectId).Description("How strongly the project serves each business driver and strategic objective.");
        this.Children<Project, EvmSnapshot, EvmSnapshotType>("evmSnapshots", s => s.ProjectId).Description("The project's earned-value measures frozen at each period close (its EVM history).");
        this.LatestEvm().Description("The project's most recent frozen earned-value snapshot; filter and sort projects by it (latestEvm: { costPerformanceIndex: { lt: 0.9 } }).")
            .Filterable(p => p.EvmSnapshots.OrderByDescending(s => s.StatusDate).FirstOrDefault()).Sortable(p => p.EvmSnapshots.OrderByDescending(s => s.StatusDate).FirstOrDefault());
        this.EarnedValue(EvmScope.Project, p => p.StatusDate);
        this.EarnedValueHistory();
        this.Compliance();
        this.Children<Project, ScenarioProject, ScenarioProjectType>("scenarioProjects", s => s.ProjectId).Description("The portfolio scenarios the project was a candidate in, and whether each selected it.");
    }
}
