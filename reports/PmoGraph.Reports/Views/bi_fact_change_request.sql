-- view: bi_fact_change_request
-- kind: fact
-- grain: one row per change request.
-- description: Change requests with their cost and schedule impact and the decision taken.
-- key: change_request_key
-- scope: project_key
-- column change_request_key int open: The change request's id.
-- column project_key int open: The project (bi_dim_project).
-- column change_request_code string open: Short code.
-- column title string open: Title.
-- column status string open: Draft, Submitted, Approved or Rejected.
-- column is_approved int open: 1 when approved (it moved the baseline), else 0.
-- column cost_impact decimal money: Change to the budget at completion, in the project currency.
-- column schedule_impact_days int open: Change to the baseline finish, in days.
-- column requested_by_person_key int people: Who asked (bi_dim_person); -1 when unknown.
-- column decided_by_person_key int people: Who decided (bi_dim_person); -1 while undecided.
-- column raised_on date open: The day it was raised.
-- column raised_date_key int open: The day it was raised as a date key (bi_dim_date).
-- column decided_on date open: The day it was decided; NULL while undecided.
-- column decided_date_key int open: The day it was decided as a date key; -1 while undecided.
CREATE VIEW bi_fact_change_request AS
SELECT
    c."Id" AS change_request_key,
    c."ProjectId" AS project_key,
    c."Code" AS change_request_code,
    c."Title" AS title,
    c."Status" AS status,
    CASE WHEN c."Status" = 'Approved' THEN 1 ELSE 0 END AS is_approved,
    {{num(c."CostImpact")}} AS cost_impact,
    c."ScheduleImpactDays" AS schedule_impact_days,
    COALESCE(c."RequestedById", -1) AS requested_by_person_key,
    COALESCE(c."DecidedById", -1) AS decided_by_person_key,
    c."RaisedOn" AS raised_on,
    {{date_key(c."RaisedOn")}} AS raised_date_key,
    c."DecidedOn" AS decided_on,
    COALESCE({{date_key(c."DecidedOn")}}, -1) AS decided_date_key
FROM "ChangeRequest" c;
