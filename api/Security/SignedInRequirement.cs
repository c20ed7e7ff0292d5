using Microsoft.AspNetCore.Authorization;
using PmoGraph.Api.GraphQL;

namespace PmoGraph.Api.Security;

/// <summary>
/// The fallback policy of every endpoint not marked open (the health probes, the IDE's files and the favicon are): the
/// caller is signed in. The one exception is the GraphiQL page itself (a browser's GET of <c>/graphql</c> without a
/// query), a static page that reads nothing: its queries carry the token set in its headers tab.
/// </summary>
internal sealed class SignedInRequirement : AuthorizationHandler<SignedInRequirement>, IAuthorizationRequirement
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, SignedInRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.User.Identity?.IsAuthenticated == true || context.Resource is HttpContext http && IsIdePage(http.Request))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }

    private static bool IsIdePage(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && request.Path.Equals("/graphql", StringComparison.OrdinalIgnoreCase)
        && request.Query.Count == 0
        && AcceptNegotiation.PrefersHtml(request.Headers.Accept);
}
