namespace PmoGraph.Api.Tests.GraphQL.Ide;

/// <summary>The IDE's vendored files as checked in (<c>api/GraphQL/Ide/assets/</c>), what the API must serve byte for byte.</summary>
internal static class IdeFiles
{
    public const string AssetsUrl = "/graphql/ide";

    public static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PmoGraph.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("PmoGraph.sln not found above the test binaries.");
        }
    }

    public static string Folder => Path.Combine(RepositoryRoot, "api", "GraphQL", "Ide", "assets");

    /// <summary>Every served file, as its path relative to <see cref="Folder"/> with forward slashes (the folder's README is not served).</summary>
    public static IReadOnlyList<string> Served() =>
        [.. Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/'))
            .Where(f => f != "README.md")
            .Order(StringComparer.Ordinal)];

    public static TheoryData<string> ServedData() => [.. Served()];
}
