using Orkhon.Reading;

namespace Orkhon.Cli.Commands;

/// <summary>
/// Expands the paths given to <c>ingest</c> into files. Named files are taken as they are (an
/// unsupported type is an error); directories are searched recursively for supported types only, and
/// other files in them are ignored.
/// </summary>
internal static class InputFiles
{
    public static (List<string> Files, List<ReadProblem> Problems, int Skipped) Collect(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var problems = new List<ReadProblem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var skipped = 0;
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                try
                {
                    foreach (var file in Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                        .Order(StringComparer.Ordinal))
                    {
                        if (!DocumentFormats.TryFromPath(file, out _))
                        {
                            skipped++;
                        }
                        else if (seen.Add(Path.GetFullPath(file)))
                        {
                            files.Add(file);
                        }
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    problems.Add(new ReadProblem(path, $"cannot list directory: {e.Message}"));
                }
            }
            else if (File.Exists(path))
            {
                if (seen.Add(Path.GetFullPath(path)))
                {
                    files.Add(path);
                }
            }
            else
            {
                problems.Add(new ReadProblem(path, "no such file or directory"));
            }
        }

        return (files, problems, skipped);
    }
}
