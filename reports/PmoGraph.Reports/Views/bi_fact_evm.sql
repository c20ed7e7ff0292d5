-- view: bi_fact_evm
-- kind: fact
-- grain: one row per project and status date (one frozen earned-value snapshot, taken at each monthly close).
-- description: Earned value management snapshots: BAC, PV, EV, AC, variances, indices, estimates and earned schedule. Ratios whose denominator is zero are NULL.
-- key: evm_key
-- scope: project_key
-- column evm_key int open: The snapshot's id.
-- column project_key int open: The project (bi_dim_project).
-- column status_date date open: The status date the snapshot measures at.
-- column date_key int open: The status date as a date key (bi_dim_date).
-- column budget_at_completion decimal money: BAC.
-- column planned_value decimal money: PV, the budgeted cost of work scheduled to the status date.
-- column earned_value decimal money: EV, the budgeted cost of work performed.
-- column actual_cost decimal money: AC, the actual cost of work performed.
-- column schedule_variance decimal money: SV = EV - PV.
-- column cost_variance decimal money: CV = EV - AC.
-- column schedule_performance_index decimal open: SPI = EV / PV.
-- column cost_performance_index decimal open: CPI = EV / AC.
-- column estimate_at_completion decimal money: EAC (BAC / CPI by default).
-- column estimate_to_complete decimal money: ETC = EAC - AC.
-- column variance_at_completion decimal money: VAC = BAC - EAC.
-- column to_complete_performance_index decimal open: TCPI = (BAC - EV) / (BAC - AC).
-- column earned_schedule decimal open: ES, in months from the start.
-- column schedule_variance_time decimal open: SV(t) = ES - AT, in months.
-- column schedule_performance_index_time decimal open: SPI(t) = ES / AT.
-- column rag string open: Red, Amber, Green or Grey by the RAG policy at the time of the snapshot.
CREATE VIEW bi_fact_evm AS
SELECT
    e."Id" AS evm_key,
    e."ProjectId" AS project_key,
    e."StatusDate" AS status_date,
    {{date_key(e."StatusDate")}} AS date_key,
    {{num(e."BudgetAtCompletion")}} AS budget_at_completion,
    {{num(e."PlannedValue")}} AS planned_value,
    {{num(e."EarnedValue")}} AS earned_value,
    {{num(e."ActualCost")}} AS actual_cost,
    {{num(e."ScheduleVariance")}} AS schedule_variance,
    {{num(e."CostVariance")}} AS cost_variance,
    {{num(e."SchedulePerformanceIndex")}} AS schedule_performance_index,
    {{num(e."CostPerformanceIndex")}} AS cost_performance_index,
    {{num(e."EstimateAtCompletion")}} AS estimate_at_completion,
    {{num(e."EstimateToComplete")}} AS estimate_to_complete,
    {{num(e."VarianceAtCompletion")}} AS variance_at_completion,
    {{num(e."ToCompletePerformanceIndex")}} AS to_complete_performance_index,
    {{num(e."EarnedSchedule")}} AS earned_schedule,
    {{num(e."ScheduleVarianceTime")}} AS schedule_variance_time,
    {{num(e."SchedulePerformanceIndexTime")}} AS schedule_performance_index_time,
    e."Rag" AS rag
FROM "EvmSnapshot" e;
