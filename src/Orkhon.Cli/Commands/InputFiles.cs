using Orkhon.Reading;

namespace Orkhon.Cli.Commands;

/// <summary>
/// The paths given to <c>ingest</c> and <c>extract</c>, expanded by the library's walk
/// (<see cref="DocumentFiles"/>: each file once, link loops and special files handled). Files skipped
/// with a warning are named on stderr here, as they are found, before any is read.
/// </summary>
internal static class InputFiles
{
    public static (List<string> Files, List<ReadProblem> Problems, int Skipped) Collect(IEnumerable<string> paths)
    {
        var found = DocumentFiles.Find(paths);
        foreach (var warning in found.Warnings)
        {
            CommandContext.Warning(warning.ToString());
        }

        return ([.. found.Files], [.. found.Problems], found.Skipped);
    }
}
