using GraphQL.Types;
using PmoGraph.Schema.Authorization;
using PmoGraph.Schema.Governance;
using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Evm;

public sealed class EvmSnapshotType : ObjectGraphType<EvmSnapshot>
{
    public EvmSnapshotType()
    {
        Name = "EvmSnapshot";
        Description = "A project's earned-value measures frozen at a status date; amounts in the project's currency, ratios null where their denominator was zero.";
        Field(s => s.Id).Description("The snapshot's id.");
        Field(s => s.StatusDate).Description("The date the measures are as of.").Filterable().Sortable();
        Field(s => s.BudgetAtCompletion).Description("Budget at completion (BAC): the baseline budget.").Filterable().Sortable().Sensitive(SensitiveData.Financial);
        Field(s => s.PlannedValue).Description("Planned value (PV): the budgeted cost of work scheduled by the status date.").Filterable().Sortable().Sensitive(SensitiveData.Financial);
        Field(s => s.EarnedValue).Description("Earned value (EV): the budgeted cost of work performed by the status date.").Filterable().Sortable().Sensitive(SensitiveData.Financial);
        Field(s => s.ActualCost).Description("Actual cost (AC) of work performed by the status date.").Filterable().Sortable().Sensitive(SensitiveData.Financial);
        Field(s => s.ScheduleVariance).Description("Schedule variance SV = EV - PV; negative is behind schedule.").Filterable().Sortable().Sensitive(SensitiveData.Financial);
        Field(s => s.CostVariance).Description("Cost variance CV = EV - AC; negative is over budget.").Filterable().Sortable().Sensitive(SensitiveData.Financial);
        Field(s => s.SchedulePerformanceIndex, nullable: true).Description("Schedule performance index SPI = EV / PV; below 1 is behind schedule.").Filterable().Sortable();
        Field(s => s.CostPerformanceIndex, nullable: true).Description("Cost performance index CPI = EV / AC; below 1 is over budget.").Filterable().Sortable();
        Field(s => s.EstimateAtCompletion, nullable: true).Description("Estimate at completion (EAC): the expected total cost, by default BAC / CPI.").Filterable().Sortable().Sensitive(SensitiveData.Financial);
        Field(s => s.EstimateAtCompletionAtBudgetRate, nullable: true).Description("EAC = AC + (BAC - EV): the remaining work at the budgeted rate.").Sensitive(SensitiveData.Financial);
        Field(s => s.EstimateAtCompletionCpiSpi, nullable: true).Description("EAC = AC + (BAC - EV) / (CPI x SPI).").Sensitive(SensitiveData.Financial);
        Field(s => s.EstimateAtCompletionBottomUp, nullable: true).Description("EAC = AC + bottom-up ETC (the forecast of the months after the status month).").Sensitive(SensitiveData.Financial);
        Field(s => s.EstimateToComplete, nullable: true).Description("Estimate to complete ETC = EAC - AC: the expected cost of the remaining work.").Sensitive(SensitiveData.Financial);
        Field(s => s.VarianceAtCompletion, nullable: true).Description("Variance at completion VAC = BAC - EAC; negative is an expected overrun.").Filterable().Sortable().Sensitive(SensitiveData.Financial);
        Field(s => s.ToCompletePerformanceIndex, nullable: true).Description("To-complete performance index TCPI = (BAC - EV) / (BAC - AC): the CPI the remaining work needs to finish on budget.");
        Field(s => s.EarnedSchedule, nullable: true).Description("Earned schedule (ES), in months since the baseline start: when the current EV should have been earned.");
        Field(s => s.ActualTime, nullable: true).Description("Actual time (AT), in months since the baseline start, stopping at the actual finish.");
        Field(s => s.ScheduleVarianceTime, nullable: true).Description("Time-based schedule variance SV(t) = ES - AT, in months; negative is behind schedule.");
        Field(s => s.SchedulePerformanceIndexTime, nullable: true).Description("Time-based schedule performance index SPI(t) = ES / AT; below 1 is behind schedule.");
        Field(s => s.Rag, type: typeof(NonNullGraphType<RagType>)).Description("The snapshot's RAG status under the RAG threshold policies.").Filterable();
        Field(s => s.FrozenAt).Description("When the snapshot was taken (UTC).").Filterable().Sortable();
        this.Reference<EvmSnapshot, Project, ProjectType>("project", s => s.ProjectId).Description("The project measured.").Filterable(s => s.Project).Sortable(s => s.Project);
    }
}
