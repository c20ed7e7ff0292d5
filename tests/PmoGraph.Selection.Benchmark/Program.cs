using System.Diagnostics;
using System.Globalization;
using PmoGraph.Schema.Selection;
using PmoGraph.Selection.Benchmark;

// Usage: dotnet run -c Release --project tests/PmoGraph.Selection.Benchmark -- [timeLimitSeconds=60] [workers=2] [seed=1]
var timeLimit = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 60;
var workers = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2;
var seed = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1;
const int Projects = 500;
const int Years = 5;
const int Roles = 20;

var build = Stopwatch.StartNew();
var problem = SyntheticPortfolio.Create(seed, Projects, Years, Roles, share: 0.5);
build.Stop();
var greedyClock = Stopwatch.StartNew();
var greedy = GreedySelector.Select(problem);
greedyClock.Stop();
var outcome = CpSatSelector.Solve(problem, new SolverSettings(TimeSpan.FromSeconds(timeLimit), workers, seed));

var cells = problem.Candidates.SelectMany(c => c.Demands.Select(d => d.Cell)).Distinct().Count();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
    candidates {Projects}, fiscal years {Years}, roles {Roles} ({cells} role-month capacity rows), requires {problem.Requires.Count}, exclusions {problem.Exclusions.Count}
    seed {seed}, time limit {timeLimit} s, workers {workers}, processors {Environment.ProcessorCount}
    problem built in {build.Elapsed.TotalSeconds:F2} s; greedy in {greedyClock.Elapsed.TotalMilliseconds:F1} ms
    status {outcome.Status}, wall time {outcome.WallTime.TotalSeconds:F2} s
    objective {SelectionScale.ToValue(outcome.Objective):F6}, bound {SelectionScale.ToValue(outcome.Bound):F6}, gap {outcome.Gap:P4}
    selected {outcome.Chosen.Count(c => c)} of {Projects}; greedy {SelectionScale.ToValue(greedy.Objective):F6} ({greedy.Chosen.Count(c => c)} projects, feasible {greedy.Feasible})
    gain over greedy {SelectionScale.ToValue(outcome.Objective - greedy.Objective):F6} ({(double)(outcome.Objective - greedy.Objective) / greedy.Objective:P2})
    optimum feasible (re-checked) {problem.IsFeasible(outcome.Chosen)}
    """));
