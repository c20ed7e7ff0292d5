namespace PmoGraph.Api.Demo;

/// <summary>How well a demo project performs against its baseline; drives its CPI, SPI, risks and status reports.</summary>
internal enum DemoHealth
{
    Green,
    Amber,
    Red,
}
