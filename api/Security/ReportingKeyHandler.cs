using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using PmoGraph.Schema.Authorization;

namespace PmoGraph.Api.Security;

/// <summary>
/// Signs in a reporting key as a read-only analyst, on GET requests to <c>/odata</c> and <c>/reports</c> only: from
/// the <c>X-Api-Key</c> header, or the <c>api_key</c> query parameter that Power BI's Web API credential sends.
/// </summary>
internal sealed class ReportingKeyHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ReportingKeyStore keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ReportingKey";
    public const string Header = "X-Api-Key";
    public const string QueryParameter = "api_key";
    public const string AuthMethodClaim = "amr";

    /// <summary>Whether <paramref name="request"/> goes where a reporting key is valid and carries one.</summary>
    public static bool Applies(HttpRequest request) =>
        (request.Path.StartsWithSegments("/odata", StringComparison.OrdinalIgnoreCase) || request.Path.StartsWithSegments("/reports", StringComparison.OrdinalIgnoreCase))
        && (request.Headers.ContainsKey(Header) || request.Query.ContainsKey(QueryParameter));

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Applies(Request))
        {
            return AuthenticateResult.NoResult();
        }

        if (!HttpMethods.IsGet(Request.Method) && !HttpMethods.IsHead(Request.Method))
        {
            return AuthenticateResult.Fail("A reporting key only reads.");
        }

        // A client that adds its key to every URL also adds it to an OData nextLink that already carries it: the
        // same key twice is that key.
        var inQuery = Request.Query[QueryParameter];
        var presented = Request.Headers.TryGetValue(Header, out var header)
            ? header.ToString()
            : inQuery.Distinct(StringComparer.Ordinal).Count() == 1 ? inQuery[0]! : inQuery.ToString();
        if (await keys.VerifyAsync(presented, Context.RequestAborted) is not { } key)
        {
            return AuthenticateResult.Fail("The reporting key is not valid.");
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(PmoRoles.SubjectClaimType, "reporting-key:" + key.Name),
                new Claim(PmoRoles.ClaimType, PmoRoles.Analyst),
                new Claim(AuthMethodClaim, "reporting-key"),
            ],
            SchemeName,
            PmoRoles.SubjectClaimType,
            PmoRoles.ClaimType);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        ErrorBodies.WriteAsync(Context, StatusCodes.Status401Unauthorized, "The reporting key is not valid, or the request is not a read.");

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ErrorBodies.WriteAsync(Context, StatusCodes.Status403Forbidden);
}
