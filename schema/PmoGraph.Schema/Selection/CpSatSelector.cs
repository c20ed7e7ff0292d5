using System.Diagnostics;
using System.Globalization;
using Google.OrTools.Sat;

namespace PmoGraph.Schema.Selection;

/// <summary>
/// Solves a <see cref="SelectionProblem"/> exactly with OR-Tools CP-SAT: one Boolean per candidate, every constraint
/// linear over them, the objective the summed integer value. A pure function of the problem and the settings.
/// </summary>
public static class CpSatSelector
{
    public static SelectionOutcome Solve(SelectionProblem problem, SolverSettings settings)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(settings);
        var clock = Stopwatch.StartNew();
        var candidates = problem.Candidates;
        if (candidates.Count == 0)
        {
            return new SelectionOutcome(SelectionStatus.Optimal, [], 0, 0, clock.Elapsed);
        }

        var model = new CpModel();
        var chosen = candidates.Select((c, p) => model.NewBoolVar($"x{p}")).ToArray();
        for (var p = 0; p < candidates.Count; p++)
        {
            if (candidates[p].Forced is { } forced)
            {
                model.AddLinearConstraint(LinearExpr.Term(chosen[p], 1), forced ? 1 : 0, forced ? 1 : 0);
            }
        }

        for (var t = 0; t < problem.BudgetLimits.Count; t++)
        {
            if (problem.BudgetLimits[t] is { } limit)
            {
                var period = t;
                AddAtMost(model, chosen, p => candidates[p].Costs[period], limit);
            }
        }

        if (problem.TotalBudget is { } total)
        {
            AddAtMost(model, chosen, p => candidates[p].TotalCost, total);
        }

        AddCapacity(model, problem, chosen);
        foreach (var (dependent, prerequisite) in problem.Requires)
        {
            model.AddImplication(chosen[dependent], chosen[prerequisite]);
        }

        foreach (var (first, second) in problem.Exclusions)
        {
            model.AddAtMostOne([chosen[first], chosen[second]]);
        }

        model.Maximize(LinearExpr.WeightedSum(chosen, candidates.Select(c => c.Value)));
        using var solver = new CpSolver
        {
            StringParameters = string.Create(
                CultureInfo.InvariantCulture,
                $"max_time_in_seconds:{settings.TimeLimit.TotalSeconds},num_workers:{settings.Workers},random_seed:{settings.Seed}"),
        };
        var status = solver.Solve(model);
        return status switch
        {
            CpSolverStatus.Optimal or CpSolverStatus.Feasible => Read(solver, status, chosen, problem, clock.Elapsed),
            CpSolverStatus.Infeasible => new SelectionOutcome(SelectionStatus.Infeasible, new bool[candidates.Count], 0, 0, clock.Elapsed),
            CpSolverStatus.ModelInvalid => throw new InvalidOperationException($"CP-SAT rejected the selection model: {model.Validate()}"),
            _ => new SelectionOutcome(SelectionStatus.Unknown, new bool[candidates.Count], 0, BoundOf(solver), clock.Elapsed),
        };
    }

    private static SelectionOutcome Read(CpSolver solver, CpSolverStatus status, BoolVar[] chosen, SelectionProblem problem, TimeSpan elapsed)
    {
        var selection = chosen.Select(solver.BooleanValue).ToArray();
        var objective = problem.ValueOf(selection);
        var optimal = status is CpSolverStatus.Optimal;
        return new SelectionOutcome(
            optimal ? SelectionStatus.Optimal : SelectionStatus.Feasible,
            selection,
            objective,
            optimal ? objective : Math.Max(objective, BoundOf(solver)),
            elapsed);
    }

    // The objective is integral, so the proven bound rounds down to a whole unit.
    private static long BoundOf(CpSolver solver) => (long)Math.Floor(solver.BestObjectiveBound + 1e-6);

    private static void AddAtMost(CpModel model, BoolVar[] chosen, Func<int, long> weightOf, long limit)
    {
        var vars = new List<BoolVar>();
        var weights = new List<long>();
        for (var p = 0; p < chosen.Length; p++)
        {
            var weight = weightOf(p);
            if (weight != 0)
            {
                vars.Add(chosen[p]);
                weights.Add(weight);
            }
        }

        if (vars.Count > 0)
        {
            model.AddLinearConstraint(LinearExpr.WeightedSum(vars, weights), long.MinValue / 4, limit);
        }
    }

    private static void AddCapacity(CpModel model, SelectionProblem problem, BoolVar[] chosen)
    {
        var cells = new List<(BoolVar Var, long Amount)>[problem.CapacityLimits.Count];
        for (var p = 0; p < chosen.Length; p++)
        {
            foreach (var demand in problem.Candidates[p].Demands)
            {
                (cells[demand.Cell] ??= []).Add((chosen[p], demand.Amount));
            }
        }

        for (var c = 0; c < cells.Length; c++)
        {
            if (cells[c] is { } terms && terms.Sum(t => t.Amount) > problem.CapacityLimits[c])
            {
                model.AddLinearConstraint(LinearExpr.WeightedSum(terms.Select(t => t.Var), terms.Select(t => t.Amount)), long.MinValue / 4, problem.CapacityLimits[c]);
            }
        }
    }
}
