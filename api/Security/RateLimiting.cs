using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using PmoGraph.Schema.Authorization;

namespace PmoGraph.Api.Security;

/// <summary>
/// One fixed window of requests per signed-in subject (a reporting key is its own subject), or per address for
/// anonymous callers; past it, 429 with <c>Retry-After</c>. Health probes are never limited.
/// </summary>
internal static class RateLimiting
{
    public static IServiceCollection AddPmoRateLimiting(this IServiceCollection services, LimitOptions limits)
    {
        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            {
                if (http.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
                {
                    return RateLimitPartition.GetNoLimiter("health");
                }

                var partition = Caller.SubjectOf(http.User) is { } subject
                    ? "sub:" + subject
                    : "ip:" + http.Connection.RemoteIpAddress;
                return RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.RateLimitPermits,
                    Window = TimeSpan.FromSeconds(limits.RateLimitWindowSeconds),
                    QueueLimit = 0,
                });
            });
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(limits.RateLimitWindowSeconds);
                var response = context.HttpContext.Response;
                response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                response.ContentType = "application/json; charset=utf-8";
                await response.WriteAsync(
                    """{"errors":[{"message":"Too many requests; retry after the time in the Retry-After header.","extensions":{"code":"RATE_LIMITED"}}]}""",
                    cancellationToken);
            };
        });
        return services;
    }
}
