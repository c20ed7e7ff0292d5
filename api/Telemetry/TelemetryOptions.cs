namespace PmoGraph.Api.Telemetry;

/// <summary>Where traces and metrics go (configuration section <c>OpenTelemetry</c>); without an endpoint, nowhere.</summary>
internal sealed class TelemetryOptions
{
    public const string Section = "OpenTelemetry";

    /// <summary>The OTLP collector's base URL, e.g. <c>http://localhost:4317</c>; unset, OpenTelemetry is not registered at all.</summary>
    public string? Endpoint { get; set; }

    /// <summary><c>grpc</c> (the default, port 4317) or <c>http/protobuf</c> (port 4318, the signal's path appended).</summary>
    public string Protocol { get; set; } = "grpc";

    /// <summary>The <c>service.name</c> resource attribute.</summary>
    public string ServiceName { get; set; } = "pmograph";
}
