using System.Security.Claims;

namespace PmoGraph.Reports.Access;

/// <summary>
/// The host's decision of what a caller reads of the views, from their role (this project knows no roles): null when
/// the caller has no role that reads reports, which is answered 403. Without one registered, nobody reads anything.
/// </summary>
public interface IViewAccessResolver
{
    Task<ViewAccess?> ResolveAsync(ClaimsPrincipal user, CancellationToken cancellationToken);
}
