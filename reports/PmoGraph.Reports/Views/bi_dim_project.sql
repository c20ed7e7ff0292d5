-- view: bi_dim_project
-- kind: dimension
-- description: Projects with their place in the structure, people, lifecycle stage, dates and budget at completion.
-- key: project_key
-- scope: portfolio_key
-- column project_key int open: The project's id; -1 for Unknown.
-- column project_code string open: Short code.
-- column project_name string open: Name.
-- column program_key int open: The program it belongs to (bi_dim_program).
-- column program_name string open: The program's name, repeated for convenience.
-- column portfolio_key int open: The portfolio of its program (bi_dim_portfolio).
-- column portfolio_name string open: The portfolio's name, repeated for convenience.
-- column department_key int open: The owning department (bi_dim_department); -1 when none.
-- column sponsor_person_key int people: The sponsor (bi_dim_person); -1 when none.
-- column manager_person_key int people: The project manager (bi_dim_person); -1 when none.
-- column stage string open: Lifecycle stage: Idea, Proposed, Approved, Planning, Executing, Closing, Closed or Cancelled.
-- column stage_order int open: The stage's position in the lifecycle, 1 (Idea) to 8 (Cancelled), to sort stages.
-- column planned_start date open: Planned start.
-- column planned_finish date open: Planned finish.
-- column baseline_start date open: Baseline start (set at approval).
-- column baseline_finish date open: Baseline finish (moved by approved change requests).
-- column forecast_start date open: Forecast start.
-- column forecast_finish date open: Forecast finish.
-- column actual_start date open: Actual start.
-- column actual_finish date open: Actual finish.
-- column planned_finish_date_key int open: Planned finish as a date key; -1 when none.
-- column actual_finish_date_key int open: Actual finish as a date key; -1 when none.
-- column status_date date open: The date progress was last measured.
-- column budget_at_completion decimal money: Budget at completion (BAC) in the project currency.
-- column currency string open: ISO 4217 currency code.
-- column earned_value_method string open: How earned value is credited: WeightedMilestones, ZeroHundred, FiftyFifty or PercentComplete.
-- column percent_complete decimal open: Reported percent complete, 0-100.
-- column priority int open: Priority rank (lower is more important).
-- column is_completed int open: 1 when the stage is Closed, else 0.
-- column is_cancelled int open: 1 when the stage is Cancelled, else 0.
-- column finish_variance_days int open: Actual finish minus baseline finish (planned finish when there is no baseline), in days; positive is late; NULL until finished.
-- column is_archived int open: 1 when archived, else 0.
CREATE VIEW bi_dim_project AS
SELECT
    p."Id" AS project_key,
    p."Code" AS project_code,
    p."Name" AS project_name,
    p."ProgramId" AS program_key,
    g."Name" AS program_name,
    g."PortfolioId" AS portfolio_key,
    f."Name" AS portfolio_name,
    COALESCE(p."DepartmentId", -1) AS department_key,
    COALESCE(p."SponsorId", -1) AS sponsor_person_key,
    COALESCE(p."ManagerId", -1) AS manager_person_key,
    p."Stage" AS stage,
    CASE p."Stage" WHEN 'Idea' THEN 1 WHEN 'Proposed' THEN 2 WHEN 'Approved' THEN 3 WHEN 'Planning' THEN 4
        WHEN 'Executing' THEN 5 WHEN 'Closing' THEN 6 WHEN 'Closed' THEN 7 ELSE 8 END AS stage_order,
    p."PlannedStart" AS planned_start,
    p."PlannedFinish" AS planned_finish,
    p."BaselineStart" AS baseline_start,
    p."BaselineFinish" AS baseline_finish,
    p."ForecastStart" AS forecast_start,
    p."ForecastFinish" AS forecast_finish,
    p."ActualStart" AS actual_start,
    p."ActualFinish" AS actual_finish,
    COALESCE({{date_key(p."PlannedFinish")}}, -1) AS planned_finish_date_key,
    COALESCE({{date_key(p."ActualFinish")}}, -1) AS actual_finish_date_key,
    p."StatusDate" AS status_date,
    {{num(p."BudgetAtCompletion")}} AS budget_at_completion,
    p."Currency" AS currency,
    p."EarnedValueMethod" AS earned_value_method,
    {{num(p."PercentComplete")}} AS percent_complete,
    p."Priority" AS priority,
    CASE WHEN p."Stage" = 'Closed' THEN 1 ELSE 0 END AS is_completed,
    CASE WHEN p."Stage" = 'Cancelled' THEN 1 ELSE 0 END AS is_cancelled,
    {{days_between(COALESCE(p."BaselineFinish", p."PlannedFinish"), p."ActualFinish")}} AS finish_variance_days,
    CASE WHEN p."IsArchived" THEN 1 ELSE 0 END AS is_archived
FROM "Project" p
JOIN "Program" g ON g."Id" = p."ProgramId"
JOIN "Portfolio" f ON f."Id" = g."PortfolioId"
UNION ALL
SELECT -1, 'UNKNOWN', 'Unknown', -1, 'Unknown', -1, 'Unknown', -1, -1, -1, 'Unknown', 0,
       NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, -1, -1, NULL, NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, 0;
