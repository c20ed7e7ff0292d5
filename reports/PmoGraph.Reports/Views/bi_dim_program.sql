-- view: bi_dim_program
-- kind: dimension
-- description: Programs, each in one portfolio.
-- key: program_key
-- scope: portfolio_key
-- column program_key int open: The program's id; -1 for Unknown.
-- column program_code string open: Short code.
-- column program_name string open: Name.
-- column portfolio_key int open: The portfolio it belongs to (bi_dim_portfolio).
-- column portfolio_name string open: The portfolio's name, repeated for convenience.
-- column manager_person_key int people: The program manager (bi_dim_person); -1 when none.
-- column is_archived int open: 1 when archived, else 0.
CREATE VIEW bi_dim_program AS
SELECT
    g."Id" AS program_key,
    g."Code" AS program_code,
    g."Name" AS program_name,
    g."PortfolioId" AS portfolio_key,
    f."Name" AS portfolio_name,
    COALESCE(g."ManagerId", -1) AS manager_person_key,
    CASE WHEN g."IsArchived" THEN 1 ELSE 0 END AS is_archived
FROM "Program" g
JOIN "Portfolio" f ON f."Id" = g."PortfolioId"
UNION ALL
SELECT -1, 'UNKNOWN', 'Unknown', -1, 'Unknown', -1, 0;
