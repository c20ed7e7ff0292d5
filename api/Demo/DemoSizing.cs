namespace PmoGraph.Api.Demo;

/// <summary>
/// How many of each reference row a scale asks for. The organisation grows with the number of projects so that
/// spans of control (projects per manager, projects per program) stay plausible at any scale.
/// </summary>
internal sealed record DemoSizing(int Projects)
{
    /// <summary>Projects written per SaveChanges; the change tracker is cleared after each batch.</summary>
    public const int BatchSize = 200;

    /// <summary>
    /// Beyond this many projects the demo is a load test: every baselined project carries Capex and Opex lines over the
    /// whole plan horizon (zero outside its life), which is what makes ten thousand projects over a million lines.
    /// </summary>
    public const int DenseFinancialsFrom = 1000;

    public int Departments => Math.Max(6, Projects / 100);

    public int Portfolios => Math.Max(3, Projects / 50);

    public int Programs => Math.Max(8, Projects / 7);

    public int People => Math.Max(40, Projects * 7 / 10);

    public int Executives => Math.Max(6, People * 12 / 100);

    public int ProgramManagers => Math.Max(4, Programs / 2);

    public int ProjectManagers => Math.Max(12, People * 3 / 10);

    public int Specialists => People - Executives - ProgramManagers - ProjectManagers;

    public int Resources => Math.Max(30, Projects / 2);

    public int GenericResources => Math.Max(6, Resources / 10);

    public bool DenseFinancials => Projects >= DenseFinancialsFrom;

    public int Batches => (Projects + BatchSize - 1) / BatchSize;
}
