using PmoGraph.Schema.Projects;

namespace PmoGraph.Api.Demo;

/// <summary>
/// Links between projects of one batch: a project that requires another (preferably in its program), and pairs of
/// pipeline proposals that exclude each other. Never self-referencing, never both kinds on one pair.
/// </summary>
internal sealed class DemoDependencyBuilder(DemoRandom random)
{
    private static readonly LifecycleStage[] _dependants =
        [LifecycleStage.Idea, LifecycleStage.Proposed, LifecycleStage.Approved, LifecycleStage.Planning, LifecycleStage.Executing];

    private static readonly LifecycleStage[] _prerequisites =
        [LifecycleStage.Proposed, LifecycleStage.Approved, LifecycleStage.Planning, LifecycleStage.Executing, LifecycleStage.Closing, LifecycleStage.Closed];

    public void Build(IReadOnlyList<DemoProjectPlan> plans, IReadOnlyList<Project> projects)
    {
        if (plans.Count < 2)
        {
            return;
        }

        var linked = new HashSet<(int, int)>();
        var requires = Math.Max(1, plans.Count / 10);
        var excludes = Math.Max(1, plans.Count / 30);
        for (var attempt = 0; attempt < plans.Count * 20 && requires > 0; attempt++)
        {
            var a = random.Between(0, plans.Count - 1);
            var b = SameProgram(plans, a) ?? random.Between(0, plans.Count - 1);
            if (a != b && _dependants.Contains(plans[a].Stage) && _prerequisites.Contains(plans[b].Stage) && Link(linked, a, b))
            {
                Add(projects, a, b, DependencyKind.Requires, $"Needs the platform {projects[b].Code} delivers.");
                requires--;
            }
        }

        for (var attempt = 0; attempt < plans.Count * 20 && excludes > 0; attempt++)
        {
            var a = random.Between(0, plans.Count - 1);
            var b = random.Between(0, plans.Count - 1);
            if (a != b && IsPipeline(plans[a]) && IsPipeline(plans[b]) && Link(linked, a, b))
            {
                Add(projects, a, b, DependencyKind.Excludes, $"Alternative to {projects[b].Code}: only one of the two will be funded.");
                excludes--;
            }
        }
    }

    private int? SameProgram(IReadOnlyList<DemoProjectPlan> plans, int a)
    {
        var siblings = new List<int>();
        for (var i = 0; i < plans.Count; i++)
        {
            if (i != a && plans[i].ProgramId == plans[a].ProgramId)
            {
                siblings.Add(i);
            }
        }

        return siblings.Count > 0 && random.Chance(0.7) ? random.Pick(siblings) : null;
    }

    private static bool IsPipeline(DemoProjectPlan plan) => plan.Stage is LifecycleStage.Idea or LifecycleStage.Proposed;

    /// <summary>Claims the unordered pair, so no two links (of any kind or direction) join the same projects.</summary>
    private static bool Link(HashSet<(int, int)> linked, int a, int b) => linked.Add((Math.Min(a, b), Math.Max(a, b)));

    private static void Add(IReadOnlyList<Project> projects, int a, int b, DependencyKind kind, string note) =>
        projects[a].Dependencies.Add(new ProjectDependency { OtherProject = projects[b], Kind = kind, Note = note });
}
