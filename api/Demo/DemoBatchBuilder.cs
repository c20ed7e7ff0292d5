using PmoGraph.Schema.Projects;

namespace PmoGraph.Api.Demo;

/// <summary>Builds one batch of projects with every row that hangs off them, ready to add and save together.</summary>
internal sealed class DemoBatchBuilder(DemoRun run)
{
    private readonly DemoProjectPlanner _planner = new(run);
    private readonly DemoProjectBuilder _projects = new(run);
    private readonly DemoFinancialsBuilder _financials = new(run);
    private readonly DemoControlBuilder _control = new(run);
    private readonly DemoGovernanceBuilder _governance = new(run);
    private readonly DemoResourcingBuilder _resourcing = new(run);
    private readonly DemoValueBuilder _value = new(run);
    private readonly DemoDependencyBuilder _dependencies = new(run.Random);

    /// <summary>The plans of the last batch built, in the order of its projects.</summary>
    public IReadOnlyList<DemoProjectPlan> Plans { get; private set; } = [];

    public List<Project> Build(int first, int count, CancellationToken cancellationToken)
    {
        var plans = new List<DemoProjectPlan>(count);
        var projects = new List<Project>(count);
        for (var index = first; index < first + count; index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var plan = _planner.Plan(index);
            var project = _projects.Build(plan);
            _financials.Build(plan, project);
            _control.Build(plan, project);
            _governance.Build(plan, project);
            _resourcing.Build(plan, project);
            _value.Build(plan, project);
            plans.Add(plan);
            projects.Add(project);
        }

        _dependencies.Build(plans, projects);
        Plans = plans;
        return projects;
    }
}
