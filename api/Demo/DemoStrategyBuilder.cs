using PmoGraph.Schema.Strategy;

namespace PmoGraph.Api.Demo;

/// <summary>
/// The strategy tree (goals, objectives, key results), the business drivers and the EPMO's pairwise judgements of them.
/// The strategy does not grow with scale: an organisation has one strategy however many projects it runs.
/// </summary>
internal sealed class DemoStrategyBuilder
{
    private static readonly (string Code, string Name)[] _goals =
    [
        ("GOAL-1", "Grow profitable revenue"),
        ("GOAL-2", "Operate efficiently"),
        ("GOAL-3", "Delight customers and people"),
    ];

    /// <summary>Objective-level nodes (goal index, code, name); themes refer to them by position.</summary>
    public static IReadOnlyList<(int Goal, string Code, string Name)> Objectives { get; } =
    [
        (0, "OBJ-1.1", "Win in new markets"),
        (0, "OBJ-1.2", "Increase share of wallet"),
        (0, "OBJ-1.3", "Build recurring revenue"),
        (1, "OBJ-2.1", "Automate core processes"),
        (1, "OBJ-2.2", "Reduce cost to serve"),
        (2, "OBJ-3.1", "Best-in-class digital experience"),
        (2, "OBJ-3.2", "Engaged and skilled workforce"),
    ];

    private static readonly (int Objective, string Code, string Metric, decimal Baseline, decimal Target, decimal Current)[] _keyResults =
    [
        (0, "KR-1.1.1", "Revenue from new markets (EUR m)", 4m, 25m, 11.5m),
        (0, "KR-1.1.2", "Active customers in new markets", 1200m, 8000m, 3150m),
        (1, "KR-1.2.1", "Average revenue per customer (EUR)", 410m, 520m, 446m),
        (2, "KR-1.3.1", "Recurring revenue share (%)", 8m, 25m, 9.5m),
        (3, "KR-2.1.1", "Invoices processed touchlessly (%)", 22m, 80m, 51m),
        (3, "KR-2.1.2", "Orders entered without manual touch (%)", 40m, 85m, 58m),
        (4, "KR-2.2.1", "Cost to serve per order (EUR)", 14.2m, 10.5m, 12.9m),
        (4, "KR-2.2.2", "Warehouse lines picked per hour", 95m, 130m, 104m),
        (5, "KR-3.1.1", "Customer net promoter score", 18m, 40m, 27m),
        (6, "KR-3.2.1", "Employee engagement index", 64m, 75m, 66m),
    ];

    private static readonly (string Code, string Name, string Description)[] _drivers =
    [
        ("DRV-REV", "Increase revenue", "New and recurring revenue the project makes possible."),
        ("DRV-COST", "Reduce cost", "Run-rate savings in operating and technology cost."),
        ("DRV-CX", "Customer experience", "Effect on customer satisfaction, effort and loyalty."),
        ("DRV-REG", "Regulatory compliance", "Obligations met, audit findings closed, penalties avoided."),
        ("DRV-PEOPLE", "Employee engagement", "Effect on how people experience their work."),
    ];

    // Saaty judgements for every pair (first, second) in insertion order. They give AHP weights of about revenue 0.41,
    // experience 0.24, cost 0.135, compliance 0.135, engagement 0.07, with a consistency ratio of about 0.004.
    private static readonly (int First, int Second, double Judgement)[] _judgements =
    [
        (0, 1, 3), (0, 2, 2), (0, 3, 3), (0, 4, 5),
        (1, 2, 1.0 / 2), (1, 3, 1), (1, 4, 2),
        (2, 3, 2), (2, 4, 3),
        (3, 4, 2),
    ];

    /// <summary>Every node, goals first, in insertion order.</summary>
    public List<StrategicObjective> Nodes { get; } = [];

    /// <summary>The objective-level nodes, in the order of <see cref="Objectives"/>.</summary>
    public List<StrategicObjective> ObjectiveNodes { get; } = [];

    public List<BusinessDriver> Drivers { get; } = [];

    public List<DriverComparison> Comparisons { get; } = [];

    public void Build()
    {
        var goals = _goals
            .Select(g => new StrategicObjective { Code = g.Code, Name = g.Name, Level = ObjectiveLevel.Goal })
            .ToList();
        Nodes.AddRange(goals);
        foreach (var (goal, code, name) in Objectives)
        {
            var node = new StrategicObjective
            {
                Code = code,
                Name = name,
                Level = ObjectiveLevel.Objective,
                Parent = goals[goal],
                Description = $"{name}, in support of \"{goals[goal].Name}\".",
            };
            ObjectiveNodes.Add(node);
            Nodes.Add(node);
        }

        foreach (var kr in _keyResults)
        {
            Nodes.Add(new StrategicObjective
            {
                Code = kr.Code,
                Name = kr.Metric,
                Level = ObjectiveLevel.KeyResult,
                Parent = ObjectiveNodes[kr.Objective],
                Metric = kr.Metric,
                Baseline = kr.Baseline,
                Target = kr.Target,
                Current = kr.Current,
            });
        }

        Drivers.AddRange(_drivers.Select(d => new BusinessDriver { Code = d.Code, Name = d.Name, Description = d.Description }));
        Comparisons.AddRange(_judgements.Select(j => new DriverComparison
        {
            First = Drivers[j.First],
            Second = Drivers[j.Second],
            Judgement = j.Judgement,
        }));
    }
}
