using System.Globalization;
using PmoGraph.Schema.Changes;
using PmoGraph.Schema.Issues;
using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Risks;

namespace PmoGraph.Api.Demo;

/// <summary>The registers a project keeps while it runs: risks, issues and change requests.</summary>
internal sealed class DemoControlBuilder(DemoRun run)
{
    private readonly DemoRandom _random = run.Random;

    public void Build(DemoProjectPlan plan, Project project)
    {
        var opened = plan.StageEntries[(int)LifecycleStage.Approved] ?? plan.StageEntries[(int)LifecycleStage.Proposed];
        if (opened is null || plan.Stage == LifecycleStage.Idea)
        {
            return;
        }

        var until = DemoCalendar.Min(DemoCalendar.StatusDate, plan.KilledOn ?? plan.ActualFinish ?? DateOnly.MaxValue);
        var from = DemoCalendar.Min(opened.Value, until);
        AddRisks(plan, project, from, until);
        AddIssues(plan, project, from, until);
        AddChangeRequests(plan, project, until);
    }

    private void AddRisks(DemoProjectPlan plan, Project project, DateOnly from, DateOnly until)
    {
        var count = plan.Stage switch
        {
            LifecycleStage.Executing => _random.Between(plan.Health == DemoHealth.Green ? 0 : 3, 8),
            LifecycleStage.Approved or LifecycleStage.Planning or LifecycleStage.Closing => _random.Between(0, 5),
            LifecycleStage.Closed => _random.Between(0, 3),
            _ => 0,
        };
        var active = plan.Stage is LifecycleStage.Approved or LifecycleStage.Planning or LifecycleStage.Executing or LifecycleStage.Closing;
        for (var i = 0; i < count; i++)
        {
            var (title, mitigation) = _random.Pick(DemoTexts.Risks);
            var probability = _random.Between(1, 19) * 0.05m;
            var impact = Math.Clamp(_random.Between(1, 5) + (plan.Health == DemoHealth.Red ? 1 : 0), 1, 5);
            var status = active ? (RiskStatus)_random.Weighted(45, 35, 8, 12) : RiskStatus.Closed;
            var raised = _random.Date(from, until);
            project.Risks.Add(new Risk
            {
                Title = title,
                Description = $"{title} on {project.Name}.",
                Probability = probability,
                Impact = impact,
                Exposure = probability * impact,
                CostExposure = Math.Round(plan.Budget * _random.Decimal(0.01m, 0.15m, 3) * probability, 2),
                OwnerId = OwnerId(plan),
                Mitigation = mitigation,
                Status = status,
                RaisedOn = raised,
                ClosedOn = status == RiskStatus.Closed ? _random.Date(raised, until) : null,
            });
        }
    }

    private void AddIssues(DemoProjectPlan plan, Project project, DateOnly from, DateOnly until)
    {
        var count = plan.Stage switch
        {
            LifecycleStage.Executing or LifecycleStage.Closing => _random.Between(0, 5),
            LifecycleStage.Planning or LifecycleStage.Closed => _random.Between(0, 2),
            _ => 0,
        };
        for (var i = 0; i < count; i++)
        {
            var (title, resolution) = _random.Pick(DemoTexts.Issues);
            var status = plan.Stage == LifecycleStage.Closed ? IssueStatus.Closed : (IssueStatus)_random.Weighted(35, 30, 20, 15);
            var raised = _random.Date(from, until);
            var resolved = status is IssueStatus.Resolved or IssueStatus.Closed;
            project.Issues.Add(new Issue
            {
                Title = title,
                Description = $"{title} on {project.Name}.",
                Priority = (IssuePriority)_random.Weighted(20, 40, 30, 10),
                Status = status,
                OwnerId = OwnerId(plan),
                RaisedOn = raised,
                DueDate = raised.AddDays(_random.Between(14, 60)),
                ResolvedOn = resolved ? _random.Date(raised, until) : null,
                Resolution = resolved ? resolution : null,
            });
        }
    }

    private void AddChangeRequests(DemoProjectPlan plan, Project project, DateOnly until)
    {
        if (plan.ApprovedChangeOn is { } approvedOn)
        {
            project.ChangeRequests.Add(NewChange(plan, ChangeRequestStatus.Approved, approvedOn, plan.ApprovedChangeCost, plan.ApprovedChangeDays));
        }

        var others = plan.Stage switch
        {
            LifecycleStage.Executing or LifecycleStage.Closing => _random.Between(0, 2),
            LifecycleStage.Planning or LifecycleStage.Closed => _random.Between(0, 1),
            _ => 0,
        };
        var start = plan.ActualStart ?? plan.StageEntries[(int)LifecycleStage.Planning] ?? until;
        for (var i = 0; i < others; i++)
        {
            var status = plan.Stage == LifecycleStage.Closed
                ? ChangeRequestStatus.Rejected
                : (ChangeRequestStatus)_random.Pick([0, 1, 1, 3]);
            var day = status == ChangeRequestStatus.Rejected ? _random.Date(DemoCalendar.Min(start, until), until) : until.AddDays(-_random.Between(0, 30));
            var cost = Math.Round(plan.Budget * _random.Decimal(-0.02m, 0.15m, 2) / 1_000m) * 1_000m;
            project.ChangeRequests.Add(NewChange(plan, status, day, cost, _random.Between(0, 6) * 7));
        }
    }

    private ChangeRequest NewChange(DemoProjectPlan plan, ChangeRequestStatus status, DateOnly day, decimal cost, int days)
    {
        var decided = status is ChangeRequestStatus.Approved or ChangeRequestStatus.Rejected;
        var title = _random.Pick(DemoTexts.ChangeRequests);
        return new ChangeRequest
        {
            Code = string.Create(CultureInfo.InvariantCulture, $"CR-{run.NextChangeRequestNumber():D4}"),
            Title = title,
            Description = $"{title}. Requested by the business owner; impact assessed by the project team.",
            CostImpact = cost,
            ScheduleImpactDays = days,
            Status = status,
            RequestedById = plan.ManagerId,
            DecidedById = decided ? plan.SponsorId : null,
            RaisedOn = decided ? day.AddDays(-_random.Between(7, 30)) : day,
            DecidedOn = decided ? day : null,
            DecisionNote = status switch
            {
                ChangeRequestStatus.Approved => "Approved by the sponsor; baseline updated.",
                ChangeRequestStatus.Rejected => "Rejected: benefit does not justify the cost at this stage.",
                _ => null,
            },
        };
    }

    private int OwnerId(DemoProjectPlan plan) =>
        plan.ManagerId is { } manager && _random.Chance(0.5) ? manager : _random.Pick(run.Directory.SpecialistIds);
}
