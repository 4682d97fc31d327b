namespace Orkhon.Tests;

/// <summary>The repository's root folder, found by walking up from the test binaries to <c>Orkhon.slnx</c>.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Orkhon.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Orkhon.slnx not found above " + AppContext.BaseDirectory);
    }
}
