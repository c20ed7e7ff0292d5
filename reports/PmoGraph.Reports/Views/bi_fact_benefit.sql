-- view: bi_fact_benefit
-- kind: fact
-- grain: one row per benefit measurement (benefit x period).
-- description: Planned and realised benefit by period, with the benefit's total planned value and the objective it serves. Benefits realisation = realised / planned to date.
-- key: benefit_measurement_key
-- scope: project_key
-- column benefit_measurement_key int open: The measurement's id.
-- column benefit_key int open: The benefit's id (several periods share it).
-- column benefit_name string open: The benefit's name.
-- column project_key int open: The project delivering it (bi_dim_project).
-- column objective_key int open: The strategic objective it serves (bi_dim_objective); -1 when none.
-- column period date open: The period's first day.
-- column date_key int open: The period as a date key (bi_dim_date).
-- column planned_value decimal money: Benefit planned for the period.
-- column realised_value decimal money: Benefit realised in the period.
-- column benefit_total_planned_value decimal money: The benefit's total planned value (repeated on each of its periods: do not add up).
-- column currency string open: ISO 4217 currency code.
CREATE VIEW bi_fact_benefit AS
SELECT
    m."Id" AS benefit_measurement_key,
    b."Id" AS benefit_key,
    b."Name" AS benefit_name,
    b."ProjectId" AS project_key,
    COALESCE(b."ObjectiveId", -1) AS objective_key,
    m."Period" AS period,
    {{date_key(m."Period")}} AS date_key,
    {{num(m."Planned")}} AS planned_value,
    {{num(m."Actual")}} AS realised_value,
    {{num(b."PlannedValue")}} AS benefit_total_planned_value,
    b."Currency" AS currency
FROM "BenefitMeasurement" m
JOIN "Benefit" b ON b."Id" = m."BenefitId";
