using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace PmoGraph.Api.GraphQL.Ide;

/// <summary>
/// The IDE's files and the favicon, open to anonymous callers like the page itself: none of them reads data. A file's
/// URL carries its package's version, so it is cached for a year as immutable; its ETag answers a revalidation with 304.
/// </summary>
internal static class IdeEndpoints
{
    /// <summary>Where the files are served, below <c>/graphql</c> (the endpoint itself matches that path exactly).</summary>
    public const string AssetsPath = "/graphql/ide";

    private const string GetAndHead = "GET, HEAD";
    private const string Immutable = "public, max-age=31536000, immutable";

    public static IServiceCollection AddPmoIde(this IServiceCollection services) => services.AddSingleton<IdeAssets>();

    public static IEndpointRouteBuilder MapPmoIde(this IEndpointRouteBuilder endpoints)
    {
        endpoints.Map(AssetsPath + "/{**path}", ServeAssetAsync).AllowAnonymous().WithDisplayName("GraphiQL assets");

        // Browsers ask for it on any page (the IDE links its own icon); "no icon" without a 401 in their console.
        endpoints.Map("/favicon.ico", http =>
        {
            if (!IsGetOrHead(http.Request.Method))
            {
                return WriteMethodNotAllowedAsync(http);
            }

            http.Response.StatusCode = StatusCodes.Status204NoContent;
            http.Response.Headers.CacheControl = "public, max-age=86400";
            return Task.CompletedTask;
        }).AllowAnonymous().WithDisplayName("favicon");
        return endpoints;
    }

    private static Task ServeAssetAsync(HttpContext http)
    {
        if (!IsGetOrHead(http.Request.Method))
        {
            return WriteMethodNotAllowedAsync(http);
        }

        var services = http.RequestServices;
        var path = http.Request.Path.StartsWithSegments(AssetsPath, StringComparison.OrdinalIgnoreCase, out var rest) ? rest.Value!.TrimStart('/') : string.Empty;
        if (!services.GetRequiredService<IOptions<GraphQLTransportOptions>>().Value.GraphiQL
            || !services.GetRequiredService<IdeAssets>().TryGet(path, out var asset))
        {
            var notFound = new TransportError(StatusCodes.Status404NotFound, TransportErrorCodes.NotFound, $"There is no IDE file at '{http.Request.Path}'.");
            return services.GetRequiredService<GraphQLResponseWriter>().WriteAsync(http, notFound, AcceptNegotiation.Json);
        }

        var response = http.Response;
        response.Headers.CacheControl = Immutable;
        response.Headers.ETag = asset.ETag;
        response.Headers.XContentTypeOptions = "nosniff";
        if (IsRevalidated(http.Request, asset.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        response.ContentType = asset.ContentType;
        response.ContentLength = asset.Content.Length;
        return HttpMethods.IsHead(http.Request.Method)
            ? Task.CompletedTask
            : response.Body.WriteAsync(asset.Content, http.RequestAborted).AsTask();
    }

    // If-None-Match compares weakly (RFC 9110 §13.1.2): a tag a compressing proxy marked weak still matches.
    private static bool IsRevalidated(HttpRequest request, string etag)
    {
        var current = EntityTagHeaderValue.Parse(etag);
        return request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } tags
            && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(current, useStrongComparison: false));
    }

    private static bool IsGetOrHead(string method) => HttpMethods.IsGet(method) || HttpMethods.IsHead(method);

    private static Task WriteMethodNotAllowedAsync(HttpContext http)
    {
        var error = TransportError.MethodNotAllowed($"{http.Request.Method} is not supported here; use GET.", GetAndHead);
        return http.RequestServices.GetRequiredService<GraphQLResponseWriter>().WriteAsync(http, error, AcceptNegotiation.Json);
    }
}
