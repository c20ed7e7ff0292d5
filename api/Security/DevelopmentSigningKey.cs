using System.Security.Cryptography;

namespace PmoGraph.Api.Security;

/// <summary>
/// The signing key of a development machine: 256 random bits made on first run and kept in a file under the
/// git-ignored <c>data/</c> folder, readable by its owner only.
/// </summary>
internal static class DevelopmentSigningKey
{
    public static string LoadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            return File.ReadAllText(path).Trim();
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var writer = new StreamWriter(path, System.Text.Encoding.ASCII, options);
            writer.Write(key);
            return key;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process (a test host, the token verb) made it first: use theirs.
            return File.ReadAllText(path).Trim();
        }
    }
}
