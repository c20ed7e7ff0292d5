-- view: bi_fact_milestone
-- kind: fact
-- grain: one row per milestone.
-- description: Milestones with planned, baseline, forecast and actual dates, slippage and earned-value credit.
-- key: milestone_key
-- scope: project_key
-- column milestone_key int open: The milestone's id.
-- column project_key int open: The project (bi_dim_project).
-- column milestone_name string open: Name.
-- column planned_date date open: Planned date.
-- column planned_date_key int open: Planned date as a date key (bi_dim_date).
-- column baseline_date date open: Baseline date; NULL before the baseline is set.
-- column baseline_date_key int open: Baseline date as a date key; -1 when none.
-- column forecast_date date open: Forecast date.
-- column forecast_date_key int open: Forecast date as a date key; -1 when none.
-- column actual_date date open: Date achieved; NULL while open.
-- column actual_date_key int open: Date achieved as a date key; -1 while open.
-- column is_complete int open: 1 once achieved, else 0.
-- column is_on_time int open: 1 when achieved on or before its baseline (planned when no baseline) date, 0 when late; NULL while open.
-- column slip_days int open: Actual (else forecast) date minus baseline (else planned) date, in days; positive is late.
-- column earned_value_weight decimal open: Share of the project's budget credited when achieved (0-1), for weighted milestones.
-- column earned_value_amount decimal money: Fixed amount credited when achieved, when given instead of a weight.
-- column percent_complete decimal open: Reported percent complete, 0-100.
CREATE VIEW bi_fact_milestone AS
SELECT
    m."Id" AS milestone_key,
    m."ProjectId" AS project_key,
    m."Name" AS milestone_name,
    m."PlannedDate" AS planned_date,
    {{date_key(m."PlannedDate")}} AS planned_date_key,
    m."BaselineDate" AS baseline_date,
    COALESCE({{date_key(m."BaselineDate")}}, -1) AS baseline_date_key,
    m."ForecastDate" AS forecast_date,
    COALESCE({{date_key(m."ForecastDate")}}, -1) AS forecast_date_key,
    m."ActualDate" AS actual_date,
    COALESCE({{date_key(m."ActualDate")}}, -1) AS actual_date_key,
    CASE WHEN m."ActualDate" IS NULL THEN 0 ELSE 1 END AS is_complete,
    CASE WHEN m."ActualDate" IS NULL THEN NULL
        WHEN m."ActualDate" <= COALESCE(m."BaselineDate", m."PlannedDate") THEN 1 ELSE 0 END AS is_on_time,
    {{days_between(COALESCE(m."BaselineDate", m."PlannedDate"), COALESCE(m."ActualDate", m."ForecastDate"))}} AS slip_days,
    {{num(m."EarnedValueWeight")}} AS earned_value_weight,
    {{num(m."EarnedValueAmount")}} AS earned_value_amount,
    {{num(m."PercentComplete")}} AS percent_complete
FROM "Milestone" m;
