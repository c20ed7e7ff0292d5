using System.Globalization;
using PmoGraph.Schema.Milestones;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Api.Demo;

/// <summary>Turns a plan into the project row and its milestones.</summary>
internal sealed class DemoProjectBuilder(DemoRun run)
{
    private readonly DemoRandom _random = run.Random;

    public Project Build(DemoProjectPlan plan)
    {
        var name = UniqueName(plan.Theme);
        var purpose = _random.Pick(DemoThemes.Purposes[plan.Theme]);
        var program = run.Directory.ProgramNames[plan.ProgramIndex];
        var project = new Project
        {
            Code = string.Create(CultureInfo.InvariantCulture, $"PRJ-{plan.Index + 1:D4}"),
            Name = name,
            ExternalId = DemoExternalIds.Of(string.Create(CultureInfo.InvariantCulture, $"PRJ-{plan.Index + 1:D4}")),
            Description = $"{name}: to {purpose}. Part of the {program} program.",
            ProgramId = plan.ProgramId,
            SponsorId = plan.SponsorId,
            ManagerId = plan.ManagerId,
            DepartmentId = plan.DepartmentId,
            Stage = plan.Stage,
            PlannedStart = plan.PlannedStart,
            PlannedFinish = plan.PlannedFinish,
            BaselineStart = plan.BaselineStart,
            BaselineFinish = plan.BaselineFinish,
            ForecastStart = plan.KilledOn is not null && !plan.IsStarted ? null : plan.ForecastStart,
            ForecastFinish = plan.ForecastFinish,
            ActualStart = plan.ActualStart,
            ActualFinish = plan.ActualFinish,
            BudgetAtCompletion = plan.Budget,
            Currency = plan.Currency,
            StatusDate = DemoCalendar.StatusDate,
            EarnedValueMethod = plan.Method,
            PercentComplete = plan.PercentComplete,
            Priority = _random.Weighted(10, 25, 35, 20, 10) + 1,
        };
        AddMilestones(plan, project);
        return project;
    }

    private string UniqueName(int theme)
    {
        var name = $"{_random.Pick(DemoThemes.Subjects[theme])} {_random.Pick(DemoThemes.Actions[theme])}";
        if (run.ProjectNames.Add(name))
        {
            return name;
        }

        for (var phase = 2; ; phase++)
        {
            var phased = string.Create(CultureInfo.InvariantCulture, $"{name} Phase {phase}");
            if (run.ProjectNames.Add(phased))
            {
                return phased;
            }
        }
    }

    private static void AddMilestones(DemoProjectPlan plan, Project project)
    {
        if (!plan.HasBaseline)
        {
            return;
        }

        // The original plan is the baseline squeezed into the planned window (the baseline includes approved changes).
        var baselineStart = plan.BaselineStart!.Value.DayNumber;
        var baselineDays = (double)(plan.BaselineFinish!.Value.DayNumber - baselineStart);
        var plannedDays = plan.PlannedFinish.DayNumber - plan.PlannedStart.DayNumber;
        for (var i = 0; i < plan.Weights.Length; i++)
        {
            var baseline = plan.MilestoneBaselines[i];
            var achieved = DemoProgress.IsAchieved(plan, i);
            DateOnly? forecast = plan.KilledOn is not null && !achieved ? null : DemoProgress.ForecastOf(plan, baseline);
            project.Milestones.Add(new Milestone
            {
                Name = plan.MilestoneNames[i],
                PlannedDate = plan.PlannedStart.AddDays((int)Math.Round((baseline.DayNumber - baselineStart) / baselineDays * plannedDays)),
                BaselineDate = baseline,
                ForecastDate = forecast,
                ActualDate = achieved ? forecast : null,
                EarnedValueWeight = plan.Weights[i],
                PercentComplete = plan.IsStarted ? DemoProgress.MilestonePercent(plan, i) : 0m,
            });
        }
    }
}
