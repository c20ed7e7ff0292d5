namespace PmoGraph.Schema.Authorization;

/// <summary>The roles a token's <c>role</c> claim may carry, from the most to the least powerful.</summary>
public static class PmoRoles
{
    /// <summary>Everything: every row, every field, every change.</summary>
    public const string PmoAdmin = "pmo-admin";

    /// <summary>Reads and changes what belongs to the portfolios they own.</summary>
    public const string PortfolioManager = "portfolio-manager";

    /// <summary>Reads the portfolios they work in; changes only the projects they manage and what belongs to them.</summary>
    public const string ProjectManager = "project-manager";

    /// <summary>Reads everything, changes nothing; the role for reports.</summary>
    public const string Analyst = "analyst";

    /// <summary>Reads everything but financial and people fields; changes nothing.</summary>
    public const string Viewer = "viewer";

    /// <summary>The claim type roles are read from (the JWT's own name, not the SOAP-era URI).</summary>
    public const string ClaimType = "role";

    /// <summary>The claim type of the signed-in subject.</summary>
    public const string SubjectClaimType = "sub";

    public static readonly IReadOnlyList<string> All = [PmoAdmin, PortfolioManager, ProjectManager, Analyst, Viewer];
}
