using System.Globalization;
using PmoGraph.Schema.Benefits;
using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Strategy;
using PmoGraph.Schema.Surveys;

namespace PmoGraph.Api.Demo;

/// <summary>Why a project is worth doing and whether it delivered: strategic alignment, benefits, surveys.</summary>
internal sealed class DemoValueBuilder(DemoRun run)
{
    private readonly DemoRandom _random = run.Random;

    public void Build(DemoProjectPlan plan, Project project)
    {
        var objectives = AddAlignments(plan, project);
        AddBenefits(plan, project, objectives);
        AddSurveys(plan, project);
    }

    /// <summary>Aligns the project to drivers and objectives; returns the objectives it serves.</summary>
    private List<int> AddAlignments(DemoProjectPlan plan, Project project)
    {
        if (run.Unaligned.Contains(plan.Index))
        {
            return [];
        }

        var drivers = run.Directory.DriverIds;
        var preferred = DemoThemes.PreferredDrivers[plan.Theme];
        var chosen = new List<int>(preferred.Take(_random.Between(1, preferred.Count)));
        foreach (var extra in _random.Distinct(_random.Between(0, 2), drivers.Length))
        {
            if (!chosen.Contains(extra))
            {
                chosen.Add(extra);
            }
        }

        foreach (var driver in chosen)
        {
            var strong = preferred.Contains(driver);
            project.Alignments.Add(new ProjectAlignment
            {
                DriverId = drivers[driver],
                Rating = (AlignmentRating)(strong ? _random.Between(3, 4) : _random.Between(1, 2)),
                Rationale = strong ? "Core purpose of the project." : "Secondary effect of the project.",
            });
        }

        var objectives = new List<int>();
        var served = DemoThemes.PreferredObjectives[plan.Theme];
        foreach (var index in _random.Distinct(_random.Between(0, 2), served.Count))
        {
            var objective = run.Directory.ObjectiveIds[served[index]];
            objectives.Add(objective);
            project.Alignments.Add(new ProjectAlignment
            {
                ObjectiveId = objective,
                Rating = (AlignmentRating)_random.Between(2, 4),
                Rationale = "Contributes to the objective's key results.",
            });
        }

        return objectives;
    }

    private void AddBenefits(DemoProjectPlan plan, Project project, List<int> objectives)
    {
        if (plan.Stage is not (LifecycleStage.Approved or LifecycleStage.Planning or LifecycleStage.Executing or LifecycleStage.Closing or LifecycleStage.Closed))
        {
            return;
        }

        var count = _random.Between(1, 3);
        var realisation = plan.Health switch
        {
            DemoHealth.Green => _random.Decimal(0.85m, 1.10m, 2),
            DemoHealth.Amber => _random.Decimal(0.70m, 0.95m, 2),
            _ => _random.Decimal(0.45m, 0.85m, 2),
        };
        var first = FirstRealisedMonth(plan);
        for (var i = 0; i < count; i++)
        {
            var (name, _) = _random.Pick(DemoTexts.Benefits);
            var planned = Math.Max(10_000m, Math.Round(plan.Budget * _random.Decimal(1.2m, 3.5m, 2) / count / 1_000m) * 1_000m);
            var benefit = new Benefit
            {
                Name = name,
                Description = $"{name} from {project.Name}, measured monthly over three years after delivery.",
                ObjectiveId = run.Unaligned.Contains(plan.Index) ? null : objectives.Count > 0 ? _random.Pick(objectives) : FallbackObjective(plan),
                PlannedValue = planned,
                Currency = plan.Currency,
            };
            if (first is { } from)
            {
                var months = DemoCalendar.Months(from, DemoCalendar.StatusMonth);
                for (var k = 0; k < months.Count; k++)
                {
                    // Benefits ramp up over six months to a steady monthly run rate over a three-year horizon.
                    var target = Math.Round(planned / 36m * Math.Min(1m, (k + 1) / 6m), 2);
                    var actual = Math.Round(target * realisation * _random.Decimal(0.9m, 1.1m, 2), 2);
                    benefit.Measurements.Add(new BenefitMeasurement { Period = months[k], Planned = target, Actual = actual });
                }
            }

            project.Benefits.Add(benefit);
        }
    }

    private int FallbackObjective(DemoProjectPlan plan)
    {
        var served = DemoThemes.PreferredObjectives[plan.Theme];
        return run.Directory.ObjectiveIds[_random.Pick(served)];
    }

    /// <summary>When benefits start to be measured: after delivery, or for quick wins partway through execution.</summary>
    private static DateOnly? FirstRealisedMonth(DemoProjectPlan plan)
    {
        var latest = DemoCalendar.StatusMonth.AddMonths(-2);
        return plan.Stage switch
        {
            LifecycleStage.Closed => DemoCalendar.Min(DemoCalendar.MonthOf(plan.ActualFinish!.Value).AddMonths(1), DemoCalendar.StatusMonth),
            LifecycleStage.Closing => DemoCalendar.StatusMonth.AddMonths(-3),
            LifecycleStage.Executing => DemoCalendar.Max(
                DemoCalendar.MonthOf(plan.ActualStart!.Value),
                DemoCalendar.Min(DemoCalendar.MonthOf(plan.ActualStart.Value.AddDays((plan.ForecastFinish!.Value.DayNumber - plan.ActualStart.Value.DayNumber) / 2)), latest)),
            _ => null,
        };
    }

    private void AddSurveys(DemoProjectPlan plan, Project project)
    {
        SurveyAudience[] audiences = plan.Stage switch
        {
            LifecycleStage.Closed => [SurveyAudience.Customer, SurveyAudience.Stakeholder],
            LifecycleStage.Closing => _random.Chance(0.5) ? [SurveyAudience.Customer, SurveyAudience.Stakeholder] : [SurveyAudience.Customer],
            LifecycleStage.Executing when _random.Chance(0.3) => [SurveyAudience.Stakeholder],
            _ => Array.Empty<SurveyAudience>(),
        };
        foreach (var audience in audiences)
        {
            var sentOn = plan.Stage == LifecycleStage.Closed
                ? DemoCalendar.Min(plan.ActualFinish!.Value.AddDays(_random.Between(7, 20)), DemoCalendar.StatusDate.AddDays(-3))
                : DemoCalendar.StatusDate.AddDays(-_random.Between(10, plan.Stage == LifecycleStage.Closing ? 30 : 90));
            var survey = new Survey
            {
                Title = audience == SurveyAudience.Customer
                    ? "Post-implementation customer survey"
                    : "Stakeholder pulse " + sentOn.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
                Audience = audience,
                SentOn = sentOn,
            };
            var responses = _random.Between(3, 12);
            for (var i = 0; i < responses; i++)
            {
                var satisfaction = Math.Clamp(_random.Between(3, 5) - (plan.Health == DemoHealth.Red ? _random.Between(0, 2) : 0), 1, 5);
                survey.Responses.Add(new SurveyResponse
                {
                    Respondent = audience == SurveyAudience.Stakeholder
                        ? $"{_random.Pick(DemoNames.FirstNames)} {_random.Pick(DemoNames.LastNames)}"
                        : null,
                    Satisfaction = satisfaction,
                    RecommendScore = audience == SurveyAudience.Customer && _random.Chance(0.9)
                        ? Math.Clamp((satisfaction * 2) + _random.Between(-2, 1), 0, 10)
                        : null,
                    Comment = _random.Chance(0.4) ? _random.Pick(DemoTexts.SurveyComments) : null,
                    RespondedOn = DemoCalendar.Min(sentOn.AddDays(_random.Between(0, 14)), DemoCalendar.StatusDate),
                });
            }

            project.Surveys.Add(survey);
        }
    }
}
