-- view: bi_fact_financials
-- kind: fact
-- grain: one row per project and month (capex and opex lines of the month added together, and also shown apart).
-- description: Monthly budget, forecast and actual cost of each project.
-- key: financials_key
-- seek: project_key, month
-- scope: project_key
-- sensitive: money
-- column financials_key int open: Identifies the project-month row (the smallest id of its financial lines).
-- column project_key int open: The project (bi_dim_project).
-- column date_key int open: The month's first day as a date key (bi_dim_date).
-- column month date open: The month's first day.
-- column budget decimal money: Budgeted cost of the month, capex plus opex.
-- column forecast decimal money: Forecast cost of the month, capex plus opex.
-- column actual decimal money: Actual cost of the month, capex plus opex.
-- column capex_budget decimal money: Budgeted capital expenditure.
-- column capex_actual decimal money: Actual capital expenditure.
-- column opex_budget decimal money: Budgeted operating expenditure.
-- column opex_actual decimal money: Actual operating expenditure.
-- column currency string open: ISO 4217 currency code (the project's).
CREATE VIEW bi_fact_financials AS
SELECT
    MIN(l."Id") AS financials_key,
    l."ProjectId" AS project_key,
    {{date_key(l."Month")}} AS date_key,
    l."Month" AS month,
    SUM({{num(l."Budget")}}) AS budget,
    SUM({{num(l."Forecast")}}) AS forecast,
    SUM({{num(l."Actual")}}) AS actual,
    SUM(CASE WHEN l."CostType" = 'Capex' THEN {{num(l."Budget")}} ELSE 0 END) AS capex_budget,
    SUM(CASE WHEN l."CostType" = 'Capex' THEN {{num(l."Actual")}} ELSE 0 END) AS capex_actual,
    SUM(CASE WHEN l."CostType" = 'Opex' THEN {{num(l."Budget")}} ELSE 0 END) AS opex_budget,
    SUM(CASE WHEN l."CostType" = 'Opex' THEN {{num(l."Actual")}} ELSE 0 END) AS opex_actual,
    -- One project per group: MAX reads its currency without grouping by it, so the groups are exactly the
    -- (ProjectId, Month) prefix of the FinancialLine index.
    MAX(p."Currency") AS currency
FROM "FinancialLine" l
JOIN "Project" p ON p."Id" = l."ProjectId"
GROUP BY l."ProjectId", l."Month"
-- The seek order, which the index gives: a keyset page (WHERE (project_key, month) > ... ORDER BY project_key, month
-- LIMIT n) then aggregates its own groups only and stops, rather than aggregating and sorting every later group.
ORDER BY l."ProjectId", l."Month";
