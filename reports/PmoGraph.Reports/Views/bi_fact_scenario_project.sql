-- view: bi_fact_scenario_project
-- kind: fact
-- grain: one row per candidate project of a saved portfolio selection scenario.
-- description: Portfolio selection scenarios and their candidate projects: whether each scenario chose the project, with the strategic value and cost it was weighed with. The scenario's name and status are on every row (scenarios have no dimension of their own).
-- key: scenario_project_key
-- scope: project_key
-- column scenario_project_key int open: The candidate row's id.
-- column scenario_key int open: The scenario's id.
-- column scenario_name string open: The scenario's name.
-- column scenario_status string open: Draft, Optimal, Feasible, Infeasible or Committed.
-- column scenario_created_on date open: The day the scenario was saved.
-- column project_key int open: The candidate project (bi_dim_project).
-- column is_selected int open: 1 when the scenario chose the project, else 0.
-- column strategic_value decimal money: The project's strategic value in the run: the sum over drivers of weight x rating score.
-- column cost decimal money: The project's cost counted against the scenario's budget.
-- column selected_value decimal money: strategic_value when the project is chosen, else 0.
-- column selected_cost decimal money: cost when the project is chosen, else 0.
CREATE VIEW bi_fact_scenario_project AS
SELECT
    c."Id" AS scenario_project_key,
    s."Id" AS scenario_key,
    s."Name" AS scenario_name,
    s."Status" AS scenario_status,
    {{to_date(s."CreatedAt")}} AS scenario_created_on,
    c."ProjectId" AS project_key,
    CASE WHEN c."IsSelected" THEN 1 ELSE 0 END AS is_selected,
    {{num(c."StrategicValue")}} AS strategic_value,
    {{num(c."Cost")}} AS cost,
    {{num(CASE WHEN c."IsSelected" THEN c."StrategicValue" ELSE 0 END)}} AS selected_value,
    {{num(CASE WHEN c."IsSelected" THEN c."Cost" ELSE 0 END)}} AS selected_cost
FROM "ScenarioProject" c
JOIN "PortfolioScenario" s ON s."Id" = c."ScenarioId";
