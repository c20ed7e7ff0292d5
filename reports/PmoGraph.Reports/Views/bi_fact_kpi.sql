-- view: bi_fact_kpi
-- kind: fact
-- grain: one row per KPI, period and scope (one frozen KPI value).
-- description: KPI values frozen at each period close (completion rate, on-time %, on-budget %, CSAT, NPS, ROI, benefits realisation, utilisation, ...), with numerator and denominator so they re-aggregate. The scope's key is set in the column for its kind and -1 in the others.
-- key: kpi_value_key
-- column kpi_value_key int open: The KPI value's id.
-- column kpi string open: The KPI's name.
-- column period date open: The period's first day.
-- column date_key int open: The period as a date key (bi_dim_date).
-- column scope string open: Organisation, Portfolio, Program, Department or Project.
-- column portfolio_key int open: The portfolio measured (bi_dim_portfolio) when the scope is Portfolio, else -1.
-- column program_key int open: The program measured (bi_dim_program) when the scope is Program, else -1.
-- column department_key int open: The department measured (bi_dim_department) when the scope is Department, else -1.
-- column project_key int open: The project measured (bi_dim_project) when the scope is Project, else -1.
-- column value decimal open: The KPI's value; NULL when its denominator is zero.
-- column numerator decimal money: The value's numerator.
-- column denominator decimal money: The value's denominator.
CREATE VIEW bi_fact_kpi AS
SELECT
    k."Id" AS kpi_value_key,
    k."Kpi" AS kpi,
    k."Period" AS period,
    {{date_key(k."Period")}} AS date_key,
    k."Scope" AS scope,
    CASE WHEN k."Scope" = 'Portfolio' THEN COALESCE(k."ScopeId", -1) ELSE -1 END AS portfolio_key,
    CASE WHEN k."Scope" = 'Program' THEN COALESCE(k."ScopeId", -1) ELSE -1 END AS program_key,
    CASE WHEN k."Scope" = 'Department' THEN COALESCE(k."ScopeId", -1) ELSE -1 END AS department_key,
    CASE WHEN k."Scope" = 'Project' THEN COALESCE(k."ScopeId", -1) ELSE -1 END AS project_key,
    {{num(k."Value")}} AS value,
    {{num(k."Numerator")}} AS numerator,
    {{num(k."Denominator")}} AS denominator
FROM "KpiValue" k;
