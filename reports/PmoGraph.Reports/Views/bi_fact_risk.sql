-- view: bi_fact_risk
-- kind: fact
-- grain: one row per risk.
-- description: The risk register: probability, impact, exposure and cost exposure, owner and status.
-- key: risk_key
-- scope: project_key
-- column risk_key int open: The risk's id.
-- column project_key int open: The project (bi_dim_project).
-- column owner_person_key int people: The risk owner (bi_dim_person); -1 when none.
-- column title string open: Title.
-- column status string open: Open, Mitigating, Occurred or Closed.
-- column is_open int open: 1 unless Closed, else 0.
-- column probability decimal open: Probability, 0-1.
-- column impact int open: Impact, 1-5.
-- column exposure decimal open: Exposure (probability x impact).
-- column cost_exposure decimal money: Expected cost (probability x cost if it occurs), in the project currency.
-- column raised_on date open: The day it was raised.
-- column raised_date_key int open: The day it was raised as a date key (bi_dim_date).
-- column closed_on date open: The day it was closed; NULL while open.
-- column closed_date_key int open: The day it was closed as a date key; -1 while open.
CREATE VIEW bi_fact_risk AS
SELECT
    r."Id" AS risk_key,
    r."ProjectId" AS project_key,
    COALESCE(r."OwnerId", -1) AS owner_person_key,
    r."Title" AS title,
    r."Status" AS status,
    CASE WHEN r."Status" = 'Closed' THEN 0 ELSE 1 END AS is_open,
    {{num(r."Probability")}} AS probability,
    r."Impact" AS impact,
    {{num(r."Exposure")}} AS exposure,
    {{num(r."CostExposure")}} AS cost_exposure,
    r."RaisedOn" AS raised_on,
    {{date_key(r."RaisedOn")}} AS raised_date_key,
    r."ClosedOn" AS closed_on,
    COALESCE({{date_key(r."ClosedOn")}}, -1) AS closed_date_key
FROM "Risk" r;
