using PmoGraph.Schema.Projects;

namespace PmoGraph.Api.Demo;

/// <summary>The state one seeding run carries from batch to batch: the generator, the reference ids, counters.</summary>
internal sealed class DemoRun(DemoScale scale)
{
    private int _changeRequests;

    public DemoScale Scale { get; } = scale;

    public DemoSizing Sizing { get; } = new(scale.Projects);

    public DemoRandom Random { get; } = new(scale.Seed);

    public DemoTally Tally { get; } = new();

    /// <summary>Set once the reference rows are saved.</summary>
    public DemoDirectory Directory { get; set; } = null!;

    /// <summary>The lifecycle stage of each project, by project index.</summary>
    public IReadOnlyList<LifecycleStage> Stages { get; set; } = [];

    /// <summary>Indexes of the projects left aligned to nothing, for the strategy views to find.</summary>
    public HashSet<int> Unaligned { get; } = [];

    public HashSet<string> ProjectNames { get; } = new(StringComparer.Ordinal);

    public int NextChangeRequestNumber() => ++_changeRequests;
}
