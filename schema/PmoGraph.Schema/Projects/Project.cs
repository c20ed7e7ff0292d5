using PmoGraph.Schema.Benefits;
using PmoGraph.Schema.Changes;
using PmoGraph.Schema.Common;
using PmoGraph.Schema.Evm;
using PmoGraph.Schema.Financials;
using PmoGraph.Schema.Governance;
using PmoGraph.Schema.Milestones;
using PmoGraph.Schema.Organisation;
using PmoGraph.Schema.Programs;
using PmoGraph.Schema.Resources;
using PmoGraph.Schema.Risks;
using PmoGraph.Schema.Strategy;
using PmoGraph.Schema.Surveys;

namespace PmoGraph.Schema.Projects;

public sealed class Project : VersionedEntity, IArchivable
{
    public required string Code { get; set; }
    public required string Name { get; set; }

    /// <summary>The project's id in the systems PmoGraph exchanges data with (ERP, timesheets, Power BI keys).</summary>
    public Guid? ExternalId { get; set; }
    public string? Description { get; set; }
    public int ProgramId { get; set; }
    public Program Program { get; set; } = null!;
    public int? SponsorId { get; set; }
    public Person? Sponsor { get; set; }
    public int? ManagerId { get; set; }
    public Person? Manager { get; set; }
    public int? DepartmentId { get; set; }
    public Department? Department { get; set; }
    public LifecycleStage Stage { get; set; }

    public DateOnly? PlannedStart { get; set; }
    public DateOnly? PlannedFinish { get; set; }
    public DateOnly? BaselineStart { get; set; }
    public DateOnly? BaselineFinish { get; set; }
    public DateOnly? ForecastStart { get; set; }
    public DateOnly? ForecastFinish { get; set; }
    public DateOnly? ActualStart { get; set; }
    public DateOnly? ActualFinish { get; set; }

    /// <summary>Baseline budget at completion (BAC); an approved change request moves it.</summary>
    public decimal BudgetAtCompletion { get; set; }
    public required string Currency { get; set; }
    public DateOnly? StatusDate { get; set; }
    public EarnedValueMethod EarnedValueMethod { get; set; }

    /// <summary>Physical percent complete (0-100), used when EV is credited by percent complete.</summary>
    public decimal PercentComplete { get; set; }
    public int Priority { get; set; }
    public bool IsArchived { get; set; }

    public List<ProjectDependency> Dependencies { get; set; } = [];
    public List<ProjectDependency> Dependents { get; set; } = [];
    public List<Milestone> Milestones { get; set; } = [];
    public List<FinancialLine> FinancialLines { get; set; } = [];
    public List<Risk> Risks { get; set; } = [];
    public List<Issues.Issue> Issues { get; set; } = [];
    public List<ChangeRequest> ChangeRequests { get; set; } = [];
    public List<Allocation> Allocations { get; set; } = [];
    public List<PhaseGate> PhaseGates { get; set; } = [];
    public List<StatusReport> StatusReports { get; set; } = [];
    public List<Document> Documents { get; set; } = [];
    public List<Benefit> Benefits { get; set; } = [];
    public List<Survey> Surveys { get; set; } = [];
    public List<ProjectAlignment> Alignments { get; set; } = [];
    public List<EvmSnapshot> EvmSnapshots { get; set; } = [];
}
