-- view: bi_dim_department
-- kind: dimension
-- description: Departments of the organisation (a tree).
-- key: department_key
-- scope: shared
-- column department_key int open: The department's id; -1 for Unknown.
-- column department_code string open: Short code.
-- column department_name string open: Name.
-- column parent_department_key int open: The parent department (bi_dim_department); -1 at the top.
-- column parent_department_name string open: The parent department's name; NULL at the top.
CREATE VIEW bi_dim_department AS
SELECT
    d."Id" AS department_key,
    d."Code" AS department_code,
    d."Name" AS department_name,
    COALESCE(d."ParentId", -1) AS parent_department_key,
    parent."Name" AS parent_department_name
FROM "Department" d
LEFT JOIN "Department" parent ON parent."Id" = d."ParentId"
UNION ALL
SELECT -1, 'UNKNOWN', 'Unknown', -1, NULL;
