-- view: bi_dim_driver
-- kind: dimension
-- description: Business drivers projects are rated against (their AHP weights come from pairwise comparisons).
-- key: driver_key
-- column driver_key int: The driver's id; -1 for Unknown.
-- column driver_code string: Short code.
-- column driver_name string: Name.
-- column description string: What the driver means.
-- column is_active int: 1 when the driver is in use, else 0.
CREATE VIEW bi_dim_driver AS
SELECT
    d."Id" AS driver_key,
    d."Code" AS driver_code,
    d."Name" AS driver_name,
    d."Description" AS description,
    CASE WHEN d."IsActive" THEN 1 ELSE 0 END AS is_active
FROM "BusinessDriver" d
UNION ALL
SELECT -1, 'UNKNOWN', 'Unknown', NULL, 0;
