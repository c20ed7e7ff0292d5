using System.Security.Claims;

namespace PmoGraph.Schema.Authorization;

/// <summary>What the row and write rules need to know about whoever sent the request.</summary>
public static class Caller
{
    /// <summary>The JWT subject, or null for an anonymous caller.</summary>
    public static string? SubjectOf(ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true
            ? user.FindFirst(PmoRoles.SubjectClaimType)?.Value ?? user.FindFirst(ClaimTypes.NameIdentifier)?.Value
            : null;

    /// <summary>The caller's most powerful role, or null when it has none of <see cref="PmoRoles.All"/>.</summary>
    public static string? RoleOf(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        return PmoRoles.All.FirstOrDefault(role => user.HasClaim(PmoRoles.ClaimType, role) || user.IsInRole(role));
    }

    /// <summary>Whether the caller's role may change anything at all.</summary>
    public static bool MayWrite(string? role) => role is PmoRoles.PmoAdmin or PmoRoles.PortfolioManager or PmoRoles.ProjectManager;
}
