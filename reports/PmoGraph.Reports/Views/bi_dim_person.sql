-- view: bi_dim_person
-- kind: dimension
-- description: People: sponsors, managers, owners, authors and deciders. Facts refer to them by role (owner_person_key, author_person_key, ...).
-- key: person_key
-- scope: shared
-- sensitive: people
-- column person_key int open: The person's id; -1 for Unknown.
-- column person_name string people: Full name.
-- column email string people: E-mail address.
-- column job_title string people: Job title.
-- column department_key int open: Their department (bi_dim_department); -1 when none.
CREATE VIEW bi_dim_person AS
SELECT
    p."Id" AS person_key,
    p."Name" AS person_name,
    p."Email" AS email,
    p."JobTitle" AS job_title,
    COALESCE(p."DepartmentId", -1) AS department_key
FROM "People" p
UNION ALL
SELECT -1, 'Unknown', NULL, NULL, -1;
