-- view: bi_fact_issue
-- kind: fact
-- grain: one row per issue.
-- description: The issue log: priority, status, owner, and when issues were raised, due and resolved.
-- key: issue_key
-- scope: project_key
-- column issue_key int open: The issue's id.
-- column project_key int open: The project (bi_dim_project).
-- column owner_person_key int people: The issue owner (bi_dim_person); -1 when none.
-- column title string open: Title.
-- column priority string open: Low, Medium, High or Critical.
-- column status string open: Open, InProgress, Resolved or Closed.
-- column is_open int open: 1 while Open or InProgress, else 0.
-- column raised_on date open: The day it was raised.
-- column raised_date_key int open: The day it was raised as a date key (bi_dim_date).
-- column due_date date open: The day it is due; NULL when not set.
-- column due_date_key int open: The due day as a date key; -1 when not set.
-- column resolved_on date open: The day it was resolved; NULL while open.
-- column resolved_date_key int open: The day it was resolved as a date key; -1 while open.
-- column days_to_resolve int open: Days from raised to resolved; NULL while open.
CREATE VIEW bi_fact_issue AS
SELECT
    i."Id" AS issue_key,
    i."ProjectId" AS project_key,
    COALESCE(i."OwnerId", -1) AS owner_person_key,
    i."Title" AS title,
    i."Priority" AS priority,
    i."Status" AS status,
    CASE WHEN i."Status" IN ('Open', 'InProgress') THEN 1 ELSE 0 END AS is_open,
    i."RaisedOn" AS raised_on,
    {{date_key(i."RaisedOn")}} AS raised_date_key,
    i."DueDate" AS due_date,
    COALESCE({{date_key(i."DueDate")}}, -1) AS due_date_key,
    i."ResolvedOn" AS resolved_on,
    COALESCE({{date_key(i."ResolvedOn")}}, -1) AS resolved_date_key,
    {{days_between(i."RaisedOn", i."ResolvedOn")}} AS days_to_resolve
FROM "Issue" i;
