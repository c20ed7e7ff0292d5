using PmoGraph.Schema.Selection;

namespace PmoGraph.Schema.Tests.Selection;

public sealed class CpSatSelectorTests
{
    private static readonly SolverSettings Settings = new(TimeSpan.FromSeconds(30));

    public static TheoryData<int, int> Instances()
    {
        var data = new TheoryData<int, int>();
        foreach (var n in new[] { 1, 2, 5, 8, 12, 15, 18 })
        {
            for (var seed = 0; seed < 6; seed++)
            {
                data.Add(seed * 97 + n, n);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Instances))]
    public void Solve_RandomInstance_EqualsBruteForceAndBeatsGreedy(int seed, int candidates)
    {
        var problem = RandomSelectionProblems.Create(seed, candidates);
        var best = RandomSelectionProblems.BruteForce(problem);

        var outcome = CpSatSelector.Solve(problem, Settings);
        var greedy = GreedySelector.Select(problem);

        if (best is null)
        {
            Assert.Equal(SelectionStatus.Infeasible, outcome.Status);
            Assert.False(greedy.Feasible);
            return;
        }

        Assert.Equal(SelectionStatus.Optimal, outcome.Status);
        Assert.Equal(best.Value, outcome.Objective);
        Assert.Equal(best.Value, outcome.Bound);
        Assert.Equal(0.0, outcome.Gap);
        Assert.True(problem.IsFeasible(outcome.Chosen));
        Assert.True(!greedy.Feasible || (problem.IsFeasible(greedy.Chosen) && greedy.Objective <= outcome.Objective));
    }

    [Fact]
    public void Solve_GreedyTrap_FindsTheBetterCombination()
    {
        // Budget 100. Priority 1 costs 60 (value 50); priorities 2 and 3 cost 50 each (value 40 each).
        // Greedy takes the first and nothing else fits: 50. The optimum skips it: 80.
        var problem = new SelectionProblem(
            [Candidate(1, 50, 1, 60), Candidate(2, 40, 2, 50), Candidate(3, 40, 3, 50)],
            [100L],
            [],
            [],
            []);

        var outcome = CpSatSelector.Solve(problem, Settings);
        var greedy = GreedySelector.Select(problem);

        Assert.Equal(80, outcome.Objective);
        Assert.Equal([false, true, true], outcome.Chosen);
        Assert.Equal(50, greedy.Objective);
        Assert.Equal([true, false, false], greedy.Chosen);
    }

    [Fact]
    public void Solve_ForcedProjectsThatDoNotFit_IsInfeasible()
    {
        var problem = new SelectionProblem(
            [Candidate(1, 10, 1, 70) with { Forced = true }, Candidate(2, 10, 2, 70) with { Forced = true }],
            [100L],
            [],
            [],
            []);

        Assert.Equal(SelectionStatus.Infeasible, CpSatSelector.Solve(problem, Settings).Status);
        Assert.False(GreedySelector.Select(problem).Feasible);
    }

    [Fact]
    public void Solve_DependencyAndExclusion_AreRespected()
    {
        // 2 requires 1 (worthless alone); 3 excludes 2. Budget fits all three.
        var problem = new SelectionProblem(
            [Candidate(1, 0, 1, 10), Candidate(2, 100, 2, 10), Candidate(3, 90, 3, 10)],
            [1000L],
            [],
            [(1, 0)],
            [(2, 1)]);

        var outcome = CpSatSelector.Solve(problem, Settings);

        Assert.Equal([true, true, false], outcome.Chosen);
        Assert.Equal(100, outcome.Objective);
    }

    private static SelectionCandidate Candidate(int key, long value, int priority, long cost) => new(key, value, priority, [cost], []);
}
