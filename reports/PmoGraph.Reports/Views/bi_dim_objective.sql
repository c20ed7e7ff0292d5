-- view: bi_dim_objective
-- kind: dimension
-- description: Strategic objectives: a tree of goals, objectives and key results, with the key result's metric.
-- key: objective_key
-- scope: shared
-- column objective_key int open: The objective's id; -1 for Unknown.
-- column objective_code string open: Short code.
-- column objective_name string open: Name.
-- column level string open: Goal, Objective or KeyResult.
-- column parent_objective_key int open: The parent in the tree (bi_dim_objective); -1 at the top.
-- column metric string open: What a key result measures.
-- column baseline_value decimal open: The metric's value at the start.
-- column target_value decimal open: The metric's target.
-- column current_value decimal open: The metric's latest value.
-- column progress_ratio decimal open: (current - baseline) / (target - baseline); NULL when any is missing or target equals baseline.
CREATE VIEW bi_dim_objective AS
SELECT
    o."Id" AS objective_key,
    o."Code" AS objective_code,
    o."Name" AS objective_name,
    o."Level" AS level,
    COALESCE(o."ParentId", -1) AS parent_objective_key,
    o."Metric" AS metric,
    {{num(o."Baseline")}} AS baseline_value,
    {{num(o."Target")}} AS target_value,
    {{num(o."Current")}} AS current_value,
    CASE WHEN {{num(o."Target")}} = {{num(o."Baseline")}} THEN NULL
        ELSE ({{num(o."Current")}} - {{num(o."Baseline")}}) / ({{num(o."Target")}} - {{num(o."Baseline")}}) END AS progress_ratio
FROM "StrategicObjective" o
UNION ALL
SELECT -1, 'UNKNOWN', 'Unknown', 'Unknown', -1, NULL, NULL, NULL, NULL, NULL;
