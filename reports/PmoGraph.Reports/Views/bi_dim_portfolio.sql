-- view: bi_dim_portfolio
-- kind: dimension
-- description: Portfolios, the top of the Portfolio > Program > Project structure.
-- key: portfolio_key
-- scope: portfolio_key
-- column portfolio_key int open: The portfolio's id; -1 for Unknown.
-- column portfolio_code string open: Short code.
-- column portfolio_name string open: Name.
-- column owner_person_key int people: The owner (bi_dim_person); -1 when none.
-- column is_archived int open: 1 when archived, else 0.
CREATE VIEW bi_dim_portfolio AS
SELECT
    p."Id" AS portfolio_key,
    p."Code" AS portfolio_code,
    p."Name" AS portfolio_name,
    COALESCE(p."OwnerId", -1) AS owner_person_key,
    CASE WHEN p."IsArchived" THEN 1 ELSE 0 END AS is_archived
FROM "Portfolio" p
UNION ALL
SELECT -1, 'UNKNOWN', 'Unknown', -1, 0;
