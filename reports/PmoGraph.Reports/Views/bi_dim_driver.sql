-- view: bi_dim_driver
-- kind: dimension
-- description: Business drivers projects are rated against (their AHP weights come from pairwise comparisons).
-- key: driver_key
-- scope: shared
-- column driver_key int open: The driver's id; -1 for Unknown.
-- column driver_code string open: Short code.
-- column driver_name string open: Name.
-- column description string open: What the driver means.
-- column is_active int open: 1 when the driver is in use, else 0.
-- column weight decimal open: The driver's AHP weight from the last consistent weighing of the pairwise judgements (the active drivers' weights sum to 1); NULL until weighed and while inactive.
-- column weighed_on date open: The day that weighing was made; NULL until weighed.
-- column consistency_ratio decimal open: The consistency ratio of the judgements that weighing used (at most 0.1: inconsistent judgements never replace the weights).
CREATE VIEW bi_dim_driver AS
SELECT
    d."Id" AS driver_key,
    d."Code" AS driver_code,
    d."Name" AS driver_name,
    d."Description" AS description,
    CASE WHEN d."IsActive" THEN 1 ELSE 0 END AS is_active,
    {{num(d."Weight")}} AS weight,
    {{to_date(r."ComputedAt")}} AS weighed_on,
    {{num(r."ConsistencyRatio")}} AS consistency_ratio
FROM "BusinessDriver" d
LEFT JOIN "DriverWeightRevision" r ON r."Id" = d."WeightRevisionId"
UNION ALL
SELECT -1, 'UNKNOWN', 'Unknown', NULL, 0, NULL, NULL, NULL;
