namespace PmoGraph.Benchmarks.Hosting;

internal static class RepositoryPaths
{
    /// <summary>The API project's folder in the checkout the harness was built from: its content root.</summary>
    public static string ApiFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PmoGraph.sln")))
            {
                return Path.Combine(directory.FullName, "api");
            }
        }

        throw new InvalidOperationException("Run the harness from a PmoGraph checkout: the API's folder holds its content root.");
    }
}
