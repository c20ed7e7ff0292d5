namespace PmoGraph.Schema.Evm;

/// <summary>A project's place in the organisation with its earned-value inputs, as the loader reads them.</summary>
public sealed record EvmProject(int Id, int ProgramId, int PortfolioId, int? DepartmentId, ProjectEvmInputs Inputs);
