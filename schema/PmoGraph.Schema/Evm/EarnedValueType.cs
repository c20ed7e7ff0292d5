using GraphQL.Types;
using PmoGraph.Schema.Authorization;
using PmoGraph.Schema.Governance;

namespace PmoGraph.Schema.Evm;

public sealed class EarnedValueType : ObjectGraphType<EarnedValueMeasures>
{
    public EarnedValueType()
    {
        Name = "EarnedValue";
        Description = "Earned-value measures at a status date, computed live for a project or summed over a program, portfolio or department "
            + "(PV, EV, AC and BAC summed, every ratio recomputed from the sums). Ratios are null where their denominator is zero; see docs/kpis.md.";
        Field(m => m.AsOf).Description("The status date the measures are as of (end of day).");
        Field(m => m.ProjectCount).Description("How many projects the measures cover.");
        Field(m => m.HasBaseline).Description("Whether any covered project has a baseline plan (a monthly budget); the RAG is grey where none has.");
        Field(m => m.BudgetAtCompletion).Description("Budget at completion (BAC).").Sensitive(SensitiveData.Financial);
        Field(m => m.PlannedValue).Description("Planned value (PV): the baseline monthly budget accumulated to the status date, linear within a month.").Sensitive(SensitiveData.Financial);
        Field(m => m.EarnedValue).Description("Earned value (EV), credited by each project's earned-value method.").Sensitive(SensitiveData.Financial);
        Field(m => m.ActualCost).Description("Actual cost (AC): actual cost lines of the months up to and including the status date's month.").Sensitive(SensitiveData.Financial);
        Field(m => m.ScheduleVariance).Description("SV = EV - PV.").Sensitive(SensitiveData.Financial);
        Field(m => m.CostVariance).Description("CV = EV - AC.").Sensitive(SensitiveData.Financial);
        Field(m => m.SchedulePerformanceIndex, nullable: true).Description("SPI = EV / PV.");
        Field(m => m.CostPerformanceIndex, nullable: true).Description("CPI = EV / AC.");
        Field(m => m.EstimateAtCompletion, nullable: true).Description("EAC = BAC / CPI (the default estimate).").Sensitive(SensitiveData.Financial);
        Field(m => m.EstimateAtCompletionAtBudgetRate).Description("EAC = AC + (BAC - EV): remaining work at the budgeted rate.").Sensitive(SensitiveData.Financial);
        Field(m => m.EstimateAtCompletionCpiSpi, nullable: true).Description("EAC = AC + (BAC - EV) / (CPI x SPI).").Sensitive(SensitiveData.Financial);
        Field(m => m.EstimateAtCompletionBottomUp).Description("EAC = AC + bottom-up ETC (the forecast of the months after the status month).").Sensitive(SensitiveData.Financial);
        Field(m => m.BottomUpEstimateToComplete).Description("Bottom-up ETC: forecast cost lines of the months after the status date's month.").Sensitive(SensitiveData.Financial);
        Field(m => m.EstimateToComplete, nullable: true).Description("ETC = EAC - AC.").Sensitive(SensitiveData.Financial);
        Field(m => m.VarianceAtCompletion, nullable: true).Description("VAC = BAC - EAC.").Sensitive(SensitiveData.Financial);
        Field(m => m.ToCompletePerformanceIndex, nullable: true).Description("TCPI = (BAC - EV) / (BAC - AC).");
        Field(m => m.EarnedSchedule, nullable: true).Description("Earned schedule ES in months since the planned value curve starts: ES = C + (EV - PV_C) / (PV_C+1 - PV_C).");
        Field(m => m.ActualTime, nullable: true).Description("Actual time AT in months since the planned value curve starts (stopping at the actual finish).");
        Field(m => m.ScheduleVarianceTime, nullable: true).Description("SV(t) = ES - AT, in months.");
        Field(m => m.SchedulePerformanceIndexTime, nullable: true).Description("SPI(t) = ES / AT.");
        Field(m => m.Rag, type: typeof(NonNullGraphType<RagType>)).Description("RAG under the RAG threshold policies; a roll-up is red if any project is red, else amber if any is amber.");
    }
}
