namespace PmoGraph.Api.Tests.GraphQL.Ide.Browser;

/// <summary>
/// A test that drives headless Chromium: skipped where Chromium is not installed, unless
/// <see cref="HeadlessChromium.RequiredVariable"/> is <c>required</c> (as in CI), where it runs and fails saying why.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (HeadlessChromium.FindExecutable() is null && !HeadlessChromium.Required)
        {
            Skip = $"Chromium is not installed (apt-get install -y chromium); set {HeadlessChromium.RequiredVariable}=required to fail instead, as CI does.";
        }
    }
}
