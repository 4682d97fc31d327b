namespace Orkhon.Tests;

/// <summary>
/// The team's shared folder (<c>../shared</c> beside the repository: seed articles and reference
/// files). Tests that need it run whenever it is present — always in CI — and are reported as skipped,
/// with this reason, when it is not.
/// </summary>
internal static class SharedData
{
    public static string? Root { get; } = Find();

    public static string SkipReason => "../shared (seed articles and reference files) was not found beside the repository; this test needs it and was skipped";

    public static string Path(string relative)
    {
        Assert.SkipWhen(Root is null, SkipReason);
        return System.IO.Path.Combine(Root!, relative);
    }

    private static string? Find()
    {
        var dir = RepositoryRoot.Path;
        var candidate = System.IO.Path.GetFullPath(System.IO.Path.Combine(dir, "..", "shared"));
        return Directory.Exists(System.IO.Path.Combine(candidate, "reference")) ? candidate : null;
    }
}
