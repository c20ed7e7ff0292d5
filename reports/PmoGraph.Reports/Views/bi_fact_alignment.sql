-- view: bi_fact_alignment
-- kind: fact
-- grain: one row per project rating against one business driver or one strategic objective.
-- description: How strongly each project serves each business driver and strategic objective. A row has a driver or an objective; the other key is -1.
-- key: alignment_key
-- scope: project_key
-- column alignment_key int open: The rating's id.
-- column project_key int open: The project (bi_dim_project).
-- column driver_key int open: The business driver rated against (bi_dim_driver); -1 for an objective rating.
-- column objective_key int open: The strategic objective rated against (bi_dim_objective); -1 for a driver rating.
-- column rating string open: None, Low, Moderate, Strong or Extreme.
-- column rating_score int open: The rating as an ordinal score: 0 None, 1 Low, 2 Moderate, 3 Strong, 4 Extreme.
-- column rationale string open: Why the rating was given.
-- column alignment_score decimal open: The rating's configured score (Alignment:None..Extreme, by default 0, 1, 3, 5, 9), the score strategic value is computed with.
-- column weighted_score decimal open: alignment_score x the driver's stored AHP weight: the rating's share of the project's strategic value; 0 when the driver has no weight (inactive or not yet weighed); NULL for an objective rating.
CREATE VIEW bi_fact_alignment AS
SELECT
    a."Id" AS alignment_key,
    a."ProjectId" AS project_key,
    COALESCE(a."DriverId", -1) AS driver_key,
    COALESCE(a."ObjectiveId", -1) AS objective_key,
    a."Rating" AS rating,
    CASE a."Rating" WHEN 'Low' THEN 1 WHEN 'Moderate' THEN 2 WHEN 'Strong' THEN 3 WHEN 'Extreme' THEN 4 ELSE 0 END AS rating_score,
    a."Rationale" AS rationale,
    {{num(COALESCE(s."Score", 0))}} AS alignment_score,
    CASE WHEN a."DriverId" IS NULL THEN NULL ELSE {{num(COALESCE(s."Score", 0) * COALESCE(d."Weight", 0))}} END AS weighted_score
FROM "ProjectAlignment" a
LEFT JOIN "AlignmentScore" s ON s."Rating" = a."Rating"
LEFT JOIN "BusinessDriver" d ON d."Id" = a."DriverId";
