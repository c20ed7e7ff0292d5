using System.Globalization;
using PmoGraph.Schema.Governance;
using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Risks;

namespace PmoGraph.Api.Demo;

/// <summary>
/// What governance leaves behind: a gate decision for every stage passed (with the odd hold, and a kill for cancelled
/// projects), monthly status reports for projects in delivery, and the documents the standards ask for.
/// </summary>
internal sealed class DemoGovernanceBuilder(DemoRun run)
{
    private readonly DemoRandom _random = run.Random;

    public void Build(DemoProjectPlan plan, Project project)
    {
        AddGates(plan, project);
        AddStatusReports(plan, project);
        AddDocuments(plan, project);
    }

    private void AddGates(DemoProjectPlan plan, Project project)
    {
        for (var stage = LifecycleStage.Proposed; stage <= plan.Reached; stage++)
        {
            var decidedOn = plan.StageEntries[(int)stage]!.Value;
            var from = stage - 1;
            if (stage is LifecycleStage.Approved or LifecycleStage.Executing && _random.Chance(0.06))
            {
                var heldOn = DemoCalendar.Max(plan.StageEntries[(int)from]!.Value.AddDays(1), decidedOn.AddDays(-_random.Between(14, 45)));
                Gate(project, plan, from, stage, GateDecision.Hold, heldOn, "On hold: resubmit with a revised plan and costs.");
            }

            Gate(project, plan, from, stage, GateDecision.Go, decidedOn, _random.Pick(DemoTexts.GateNotes));
        }

        if (plan.Stage == LifecycleStage.Proposed && _random.Chance(0.2))
        {
            var heldOn = DemoCalendar.Max(plan.StageEntries[(int)LifecycleStage.Proposed]!.Value, DemoCalendar.StatusDate.AddDays(-_random.Between(5, 40)));
            Gate(project, plan, LifecycleStage.Proposed, LifecycleStage.Approved, GateDecision.Hold, heldOn, "On hold: awaiting next year's funding round.");
        }

        if (plan.KilledOn is { } killedOn)
        {
            Gate(project, plan, plan.Reached, LifecycleStage.Cancelled, GateDecision.Kill, killedOn, "Stopped: the business case no longer holds.");
        }
    }

    private static void Gate(Project project, DemoProjectPlan plan, LifecycleStage from, LifecycleStage to, GateDecision decision, DateOnly on, string notes) =>
        project.PhaseGates.Add(new PhaseGate
        {
            FromStage = from,
            ToStage = to,
            Decision = decision,
            DecidedOn = on,
            DecidedById = plan.SponsorId,
            Notes = notes,
        });

    private void AddStatusReports(DemoProjectPlan plan, Project project)
    {
        if (plan.Stage is not (LifecycleStage.Executing or LifecycleStage.Closing))
        {
            return;
        }

        var history = _random.Between(6, 12);
        var first = DemoCalendar.Max(DemoCalendar.MonthOf(plan.ActualStart!.Value), DemoCalendar.StatusMonth.AddMonths(1 - history));
        var months = DemoCalendar.Months(first, DemoCalendar.StatusMonth);
        var latestState = _random.Weighted(15, 25, 50, 10);
        var riskRag = RiskRag(project);
        for (var k = 0; k < months.Count; k++)
        {
            var latest = k == months.Count - 1;
            if (latest && latestState == 3)
            {
                break;
            }

            // Early reports sit closer to plan: a project drifts to the performance it shows today.
            var drift = 0.4m + (0.6m * (k + 1) / months.Count);
            var cost = RagOf(1m + ((plan.CostEfficiency - 1m) * drift));
            var schedule = RagOf(1m + ((plan.SchedulePerformance - 1m) * drift));
            var scope = project.ChangeRequests.Count > 0 && _random.Chance(0.15) ? Rag.Amber : Rag.Green;
            // Performance sets the overall status; a scope concern or a red risk alone makes a green project amber.
            var overall = Worst(cost, schedule);
            if (overall == Rag.Green && (scope != Rag.Green || riskRag == Rag.Red))
            {
                overall = Rag.Amber;
            }

            var state = latest ? (ReportState)latestState : ReportState.Approved;
            var period = months[k];
            var submitted = DemoCalendar.At(period.AddDays(_random.Between(24, 27)), _random.Between(8, 17), _random.Between(0, 59));
            var approved = latest
                ? DemoCalendar.At(DemoCalendar.StatusDate.AddDays(-_random.Between(0, 2)), _random.Between(9, 16), 0)
                : submitted.AddDays(_random.Between(2, 6)).AddHours(_random.Between(0, 4));
            project.StatusReports.Add(new StatusReport
            {
                Period = period,
                Overall = overall,
                Scope = scope,
                Schedule = schedule,
                Cost = cost,
                Risk = riskRag,
                Narrative = Narrative(overall, period),
                State = state,
                AuthorId = plan.ManagerId,
                SubmittedAt = state == ReportState.Draft ? null : submitted,
                ApprovedAt = state == ReportState.Approved ? approved : null,
            });
        }
    }

    /// <summary>The default policy: green from 0.95, amber from 0.90, red below.</summary>
    private static Rag RagOf(decimal index) => index >= 0.95m ? Rag.Green : index >= 0.90m ? Rag.Amber : Rag.Red;

    private static Rag Worst(Rag a, Rag b) => a > b ? a : b;

    private static Rag RiskRag(Project project)
    {
        var top = project.Risks.Where(r => r.Status is RiskStatus.Open or RiskStatus.Mitigating).Select(r => r.Exposure).DefaultIfEmpty(0m).Max();
        return top >= 4m ? Rag.Red : top >= 3m ? Rag.Amber : Rag.Green;
    }

    private string Narrative(Rag overall, DateOnly period)
    {
        var month = period.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
        var progress = _random.Pick(DemoTexts.Progress);
        var concern = _random.Pick(DemoTexts.Concerns);
        return overall switch
        {
            Rag.Green => $"{month}: on track. {progress}.",
            Rag.Amber => $"{month}: watch. {progress}, but {concern}; recovery actions agreed with the sponsor.",
            _ => $"{month}: off track. {concern} escalated to the steering committee; re-plan in preparation.",
        };
    }

    private void AddDocuments(DemoProjectPlan plan, Project project)
    {
        foreach (var (stage, artefact, name, mandatory) in run.Directory.Standards)
        {
            if (stage > plan.Reached || !_random.Chance(mandatory ? 0.88 : 0.5))
            {
                continue;
            }

            var entered = plan.StageEntries[(int)stage]!.Value;
            var until = DemoCalendar.Min(DemoCalendar.StatusDate, entered.AddDays(30));
            project.Documents.Add(new Document
            {
                Artefact = artefact,
                Title = $"{project.Code} {name}",
                Url = $"https://sharepoint.northwind.example/sites/pmo/{project.Code}/{artefact}.docx",
                AuthorId = plan.ManagerId,
                AttachedOn = _random.Date(DemoCalendar.Min(entered, until), until),
            });
        }
    }
}
