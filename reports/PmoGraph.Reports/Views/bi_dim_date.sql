-- view: bi_dim_date
-- kind: dimension
-- description: The calendar: one row per day over contiguous whole years covering every date in the data, with calendar and fiscal attributes. Fiscal years start on the 1st of month {{fiscal_start_month}} and are named after the calendar year they end in. The Unknown row (-1) has a NULL date; filter it out of a table marked as the date table.
-- key: date_key
-- scope: shared
-- column date_key int open: The day as a yyyymmdd integer; -1 for Unknown.
-- column date date open: The day.
-- column year int open: Calendar year.
-- column quarter int open: Calendar quarter, 1-4.
-- column quarter_label string open: Calendar quarter as Q1-Q4.
-- column month int open: Calendar month, 1-12.
-- column month_name string open: Month name in English (January).
-- column month_short string open: Three-letter month name (Jan).
-- column year_month int open: Year and month as a yyyymm integer (sorts chronologically).
-- column year_month_label string open: Year and month as yyyy-MM.
-- column day int open: Day of the month.
-- column day_of_week int open: ISO day of the week, 1 = Monday to 7 = Sunday.
-- column day_name string open: Day name in English (Monday).
-- column day_of_year int open: Day of the year, 1-366.
-- column is_weekend int open: 1 on Saturday and Sunday, else 0.
-- column is_month_end int open: 1 on the last day of the month, else 0.
-- column fiscal_year int open: Fiscal year, named after the calendar year it ends in.
-- column fiscal_year_label string open: Fiscal year as FYyyyy.
-- column fiscal_quarter int open: Fiscal quarter, 1-4.
-- column fiscal_month int open: Month of the fiscal year, 1-12.
CREATE VIEW bi_dim_date AS
WITH RECURSIVE data_dates (d) AS (
    SELECT MIN("PlannedStart") FROM "Project" UNION ALL SELECT MAX("PlannedStart") FROM "Project"
    UNION ALL SELECT MIN("PlannedFinish") FROM "Project" UNION ALL SELECT MAX("PlannedFinish") FROM "Project"
    UNION ALL SELECT MIN("BaselineStart") FROM "Project" UNION ALL SELECT MAX("BaselineFinish") FROM "Project"
    UNION ALL SELECT MIN("ForecastStart") FROM "Project" UNION ALL SELECT MAX("ForecastFinish") FROM "Project"
    UNION ALL SELECT MIN("ActualStart") FROM "Project" UNION ALL SELECT MAX("ActualFinish") FROM "Project"
    UNION ALL SELECT MIN("StatusDate") FROM "Project" UNION ALL SELECT MAX("StatusDate") FROM "Project"
    UNION ALL SELECT MIN("Month") FROM "FinancialLine" UNION ALL SELECT MAX("Month") FROM "FinancialLine"
    UNION ALL SELECT MIN("Month") FROM "Allocation" UNION ALL SELECT MAX("Month") FROM "Allocation"
    UNION ALL SELECT MIN("PlannedDate") FROM "Milestone" UNION ALL SELECT MAX("PlannedDate") FROM "Milestone"
    UNION ALL SELECT MIN("BaselineDate") FROM "Milestone" UNION ALL SELECT MAX("BaselineDate") FROM "Milestone"
    UNION ALL SELECT MIN("ForecastDate") FROM "Milestone" UNION ALL SELECT MAX("ForecastDate") FROM "Milestone"
    UNION ALL SELECT MIN("ActualDate") FROM "Milestone" UNION ALL SELECT MAX("ActualDate") FROM "Milestone"
    UNION ALL SELECT MIN("RaisedOn") FROM "Risk" UNION ALL SELECT MAX("ClosedOn") FROM "Risk"
    UNION ALL SELECT MIN("RaisedOn") FROM "Issue" UNION ALL SELECT MAX("DueDate") FROM "Issue"
    UNION ALL SELECT MAX("RaisedOn") FROM "Issue" UNION ALL SELECT MAX("ResolvedOn") FROM "Issue"
    UNION ALL SELECT MIN("RaisedOn") FROM "ChangeRequest" UNION ALL SELECT MAX("DecidedOn") FROM "ChangeRequest"
    UNION ALL SELECT MAX("RaisedOn") FROM "ChangeRequest"
    UNION ALL SELECT MIN("Period") FROM "StatusReport" UNION ALL SELECT MAX("Period") FROM "StatusReport"
    UNION ALL SELECT {{to_date(MAX("SubmittedAt"))}} FROM "StatusReport" UNION ALL SELECT {{to_date(MAX("ApprovedAt"))}} FROM "StatusReport"
    UNION ALL SELECT MIN("Period") FROM "BenefitMeasurement" UNION ALL SELECT MAX("Period") FROM "BenefitMeasurement"
    UNION ALL SELECT MIN("SentOn") FROM "Survey" UNION ALL SELECT MAX("RespondedOn") FROM "SurveyResponse"
    UNION ALL SELECT MIN("Period") FROM "KpiValue" UNION ALL SELECT MAX("Period") FROM "KpiValue"
    UNION ALL SELECT MIN("StatusDate") FROM "EvmSnapshot" UNION ALL SELECT MAX("StatusDate") FROM "EvmSnapshot"
),
bounds (first_day, last_day) AS (
    SELECT {{make_date({{year(COALESCE(MIN(d), CURRENT_DATE))}}, 1, 1)}},
           {{make_date({{year(COALESCE(MAX(d), CURRENT_DATE))}}, 12, 31)}}
    FROM data_dates
),
days (d) AS (
    SELECT first_day FROM bounds
    UNION ALL
    SELECT {{add_days(days.d, 1)}} FROM days, bounds WHERE days.d < bounds.last_day
),
parts AS (
    SELECT d, {{year(d)}} AS y, {{month(d)}} AS m, {{day(d)}} AS dm, {{iso_day_of_week(d)}} AS dw,
           {{day_of_year(d)}} AS dy, {{month({{add_days(d, 1)}})}} AS next_m
    FROM days
)
SELECT
    {{date_key(d)}} AS date_key,
    d AS date,
    y AS year,
    (m - 1) / 3 + 1 AS quarter,
    'Q' || ((m - 1) / 3 + 1) AS quarter_label,
    m AS month,
    CASE m WHEN 1 THEN 'January' WHEN 2 THEN 'February' WHEN 3 THEN 'March' WHEN 4 THEN 'April' WHEN 5 THEN 'May'
        WHEN 6 THEN 'June' WHEN 7 THEN 'July' WHEN 8 THEN 'August' WHEN 9 THEN 'September' WHEN 10 THEN 'October'
        WHEN 11 THEN 'November' ELSE 'December' END AS month_name,
    CASE m WHEN 1 THEN 'Jan' WHEN 2 THEN 'Feb' WHEN 3 THEN 'Mar' WHEN 4 THEN 'Apr' WHEN 5 THEN 'May' WHEN 6 THEN 'Jun'
        WHEN 7 THEN 'Jul' WHEN 8 THEN 'Aug' WHEN 9 THEN 'Sep' WHEN 10 THEN 'Oct' WHEN 11 THEN 'Nov' ELSE 'Dec' END AS month_short,
    y * 100 + m AS year_month,
    y || '-' || CASE WHEN m < 10 THEN '0' ELSE '' END || m AS year_month_label,
    dm AS day,
    dw AS day_of_week,
    CASE dw WHEN 1 THEN 'Monday' WHEN 2 THEN 'Tuesday' WHEN 3 THEN 'Wednesday' WHEN 4 THEN 'Thursday'
        WHEN 5 THEN 'Friday' WHEN 6 THEN 'Saturday' ELSE 'Sunday' END AS day_name,
    dy AS day_of_year,
    CASE WHEN dw >= 6 THEN 1 ELSE 0 END AS is_weekend,
    CASE WHEN next_m <> m THEN 1 ELSE 0 END AS is_month_end,
    y + CASE WHEN {{fiscal_start_month}} > 1 AND m >= {{fiscal_start_month}} THEN 1 ELSE 0 END AS fiscal_year,
    'FY' || (y + CASE WHEN {{fiscal_start_month}} > 1 AND m >= {{fiscal_start_month}} THEN 1 ELSE 0 END) AS fiscal_year_label,
    (((m - {{fiscal_start_month}} + 12) % 12) / 3) + 1 AS fiscal_quarter,
    ((m - {{fiscal_start_month}} + 12) % 12) + 1 AS fiscal_month
FROM parts
UNION ALL
SELECT -1, NULL, NULL, NULL, 'Unknown', NULL, 'Unknown', 'Unknown', NULL, 'Unknown', NULL, NULL, 'Unknown', NULL, 0, 0,
       NULL, 'Unknown', NULL, NULL;
