-- view: bi_fact_status_report
-- kind: fact
-- grain: one row per project status report (project x reporting month).
-- description: Monthly status reports with overall, scope, schedule, cost and risk RAG, their workflow state and timeliness.
-- key: status_report_key
-- scope: project_key
-- column status_report_key int open: The report's id.
-- column project_key int open: The project (bi_dim_project).
-- column period date open: The reporting month's first day.
-- column date_key int open: The reporting month as a date key (bi_dim_date).
-- column author_person_key int people: The author (bi_dim_person); -1 when none.
-- column overall_rag string open: Overall status: Red, Amber, Green or Grey.
-- column scope_rag string open: Scope status.
-- column schedule_rag string open: Schedule status.
-- column cost_rag string open: Cost status.
-- column risk_rag string open: Risk status.
-- column overall_rag_score int open: Overall status as a number to average or take the worst of: 3 Red, 2 Amber, 1 Green, 0 Grey.
-- column state string open: Draft, Submitted or Approved.
-- column submitted_date date open: The day it was submitted; NULL while draft.
-- column submitted_date_key int open: The day it was submitted as a date key; -1 while draft.
-- column approved_date date open: The day it was approved; NULL until then.
-- column is_approved int open: 1 when approved, else 0.
CREATE VIEW bi_fact_status_report AS
SELECT
    s."Id" AS status_report_key,
    s."ProjectId" AS project_key,
    s."Period" AS period,
    {{date_key(s."Period")}} AS date_key,
    COALESCE(s."AuthorId", -1) AS author_person_key,
    s."Overall" AS overall_rag,
    s."Scope" AS scope_rag,
    s."Schedule" AS schedule_rag,
    s."Cost" AS cost_rag,
    s."Risk" AS risk_rag,
    CASE s."Overall" WHEN 'Red' THEN 3 WHEN 'Amber' THEN 2 WHEN 'Green' THEN 1 ELSE 0 END AS overall_rag_score,
    s."State" AS state,
    {{to_date(s."SubmittedAt")}} AS submitted_date,
    COALESCE({{date_key({{to_date(s."SubmittedAt")}})}}, -1) AS submitted_date_key,
    {{to_date(s."ApprovedAt")}} AS approved_date,
    CASE WHEN s."State" = 'Approved' THEN 1 ELSE 0 END AS is_approved
FROM "StatusReport" s;
