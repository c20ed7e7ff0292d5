using PmoGraph.Schema.Projects;

namespace PmoGraph.Api.Demo;

/// <summary>How projects spread over the lifecycle: every stage populated, execution the largest.</summary>
internal static class DemoStageMix
{
    // Per 60 projects: Idea, Proposed, Approved, Planning, Executing, Closing, Closed, Cancelled.
    private static readonly int[] _perSixty = [5, 5, 4, 6, 20, 5, 10, 5];

    public static List<LifecycleStage> Draw(DemoRandom random, int projects)
    {
        var stages = Enum.GetValues<LifecycleStage>();
        var counts = new int[stages.Length];
        var remainders = new (double Remainder, int Stage)[stages.Length];
        var assigned = 0;
        for (var i = 0; i < stages.Length; i++)
        {
            var exact = projects * _perSixty[i] / 60.0;
            counts[i] = (int)exact;
            remainders[i] = (exact - counts[i], i);
            assigned += counts[i];
        }

        // Largest remainder, ties to the earlier stage, so the counts always add up to the number of projects.
        foreach (var (_, stage) in remainders.OrderByDescending(r => r.Remainder).ThenBy(r => r.Stage).Take(projects - assigned))
        {
            counts[stage]++;
        }

        var executing = (int)LifecycleStage.Executing;
        for (var i = 0; i < stages.Length && projects >= stages.Length; i++)
        {
            if (counts[i] == 0)
            {
                counts[i]++;
                counts[executing]--;
            }
        }

        var mix = new List<LifecycleStage>(projects);
        for (var i = 0; i < stages.Length; i++)
        {
            mix.AddRange(Enumerable.Repeat(stages[i], counts[i]));
        }

        random.Shuffle(mix);
        return mix;
    }
}
