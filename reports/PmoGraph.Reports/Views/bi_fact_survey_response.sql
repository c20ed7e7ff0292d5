-- view: bi_fact_survey_response
-- kind: fact
-- grain: one row per survey response.
-- description: Customer and stakeholder survey responses with flags for CSAT (share scoring 4-5 of 5) and NPS (% promoters 9-10 minus % detractors 0-6).
-- key: survey_response_key
-- scope: project_key
-- column survey_response_key int open: The response's id.
-- column survey_key int open: The survey's id.
-- column survey_title string open: The survey's title.
-- column audience string open: Customer or Stakeholder.
-- column project_key int open: The project surveyed (bi_dim_project).
-- column responded_on date open: The day of the response.
-- column date_key int open: The day of the response as a date key (bi_dim_date).
-- column satisfaction int open: Satisfaction, 1-5.
-- column recommend_score int open: Likelihood to recommend, 0-10; NULL when not asked.
-- column is_satisfied int open: 1 when satisfaction is 4 or 5, else 0 (CSAT numerator).
-- column is_promoter int open: 1 when recommend_score is 9 or 10, else 0.
-- column is_detractor int open: 1 when recommend_score is 0 to 6, else 0.
-- column has_recommend_score int open: 1 when a recommend score was given (NPS denominator), else 0.
CREATE VIEW bi_fact_survey_response AS
SELECT
    r."Id" AS survey_response_key,
    s."Id" AS survey_key,
    s."Title" AS survey_title,
    s."Audience" AS audience,
    s."ProjectId" AS project_key,
    r."RespondedOn" AS responded_on,
    {{date_key(r."RespondedOn")}} AS date_key,
    r."Satisfaction" AS satisfaction,
    r."RecommendScore" AS recommend_score,
    CASE WHEN r."Satisfaction" >= 4 THEN 1 ELSE 0 END AS is_satisfied,
    CASE WHEN r."RecommendScore" >= 9 THEN 1 ELSE 0 END AS is_promoter,
    CASE WHEN r."RecommendScore" <= 6 THEN 1 ELSE 0 END AS is_detractor,
    CASE WHEN r."RecommendScore" IS NULL THEN 0 ELSE 1 END AS has_recommend_score
FROM "SurveyResponse" r
JOIN "Survey" s ON s."Id" = r."SurveyId";
