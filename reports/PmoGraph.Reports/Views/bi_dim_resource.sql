-- view: bi_dim_resource
-- kind: dimension
-- description: Resources: named people or generic roles, with their monthly capacity and rate.
-- key: resource_key
-- scope: shared
-- sensitive: people
-- column resource_key int open: The resource's id; -1 for Unknown.
-- column resource_name string people: Name (a person's name or a role such as Business Analyst).
-- column role string open: Role.
-- column person_key int people: The person this resource is (bi_dim_person); -1 for a generic resource.
-- column department_key int open: Their department (bi_dim_department); -1 when none.
-- column is_generic int open: 1 for a generic role, 0 for a named person.
-- column monthly_capacity_hours decimal people: Hours available per month.
-- column hourly_rate decimal money: Cost per hour in the resource currency.
-- column currency string open: ISO 4217 currency code of the rate.
CREATE VIEW bi_dim_resource AS
SELECT
    r."Id" AS resource_key,
    r."Name" AS resource_name,
    r."Role" AS role,
    COALESCE(r."PersonId", -1) AS person_key,
    COALESCE(r."DepartmentId", -1) AS department_key,
    CASE WHEN r."IsGeneric" THEN 1 ELSE 0 END AS is_generic,
    {{num(r."MonthlyCapacityHours")}} AS monthly_capacity_hours,
    {{num(r."HourlyRate")}} AS hourly_rate,
    r."Currency" AS currency
FROM "Resource" r
UNION ALL
SELECT -1, 'Unknown', 'Unknown', -1, -1, 0, NULL, NULL, NULL;
