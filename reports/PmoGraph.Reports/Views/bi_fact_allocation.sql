-- view: bi_fact_allocation
-- kind: fact
-- grain: one row per resource, project and month (one allocation).
-- description: Hours allocated to projects by month, with the resource's capacity for utilisation (allocated / capacity). capacity_share_hours divides the month's capacity evenly over the resource's allocation rows of that month, so it adds up correctly over any selection; capacity_hours repeats the whole monthly capacity on each row.
-- key: allocation_key
-- scope: project_key
-- sensitive: people
-- column allocation_key int open: The allocation's id.
-- column resource_key int people: The resource (bi_dim_resource).
-- column project_key int open: The project (bi_dim_project).
-- column month date open: The month's first day.
-- column date_key int open: The month as a date key (bi_dim_date).
-- column allocated_hours decimal people: Hours allocated to the project in the month.
-- column allocated_cost decimal money: Allocated hours times the resource's hourly rate.
-- column capacity_hours decimal people: The resource's whole capacity in the month (repeated on each of its rows of the month: do not add up).
-- column capacity_share_hours decimal people: This row's share of the resource's monthly capacity (capacity / the resource's allocation rows in the month): adds up to the capacity.
-- column resource_month_allocated_hours decimal people: All hours allocated to the resource in the month, over every project.
-- column is_over_allocated int people: 1 when the resource's hours in the month exceed its capacity, else 0.
CREATE VIEW bi_fact_allocation AS
SELECT
    a."Id" AS allocation_key,
    a."ResourceId" AS resource_key,
    a."ProjectId" AS project_key,
    a."Month" AS month,
    {{date_key(a."Month")}} AS date_key,
    {{num(a."Hours")}} AS allocated_hours,
    {{num(a."Hours")}} * {{num(r."HourlyRate")}} AS allocated_cost,
    {{num(r."MonthlyCapacityHours")}} AS capacity_hours,
    {{num(r."MonthlyCapacityHours")}} / COUNT(*) OVER (PARTITION BY a."ResourceId", a."Month") AS capacity_share_hours,
    SUM({{num(a."Hours")}}) OVER (PARTITION BY a."ResourceId", a."Month") AS resource_month_allocated_hours,
    CASE WHEN SUM({{num(a."Hours")}}) OVER (PARTITION BY a."ResourceId", a."Month") > {{num(r."MonthlyCapacityHours")}}
        THEN 1 ELSE 0 END AS is_over_allocated
FROM "Allocation" a
JOIN "Resource" r ON r."Id" = a."ResourceId";
