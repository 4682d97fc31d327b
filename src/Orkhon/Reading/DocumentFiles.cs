namespace Orkhon.Reading;

/// <summary>
/// Expands the paths given to a reader into the files to read. A named file is taken as it is (an
/// unsupported type is reported when it is read); a directory is searched recursively for the document
/// types only. The walk follows symbolic links but identifies every directory and file by device and
/// inode, so it enters each directory once (a link loop such as <c>up -> ..</c> ends at once) and takes
/// each file once however many links lead to it, preferring a path without links. Special files
/// (devices, FIFOs, sockets) are recognised from <c>stat</c> without being opened: refused when named,
/// skipped with a warning when met in a directory. Hidden entries (names starting with '.') are skipped.
/// </summary>
public static class DocumentFiles
{
    private static readonly EnumerationOptions s_oneLevel = new() { RecurseSubdirectories = false, IgnoreInaccessible = false };

    public static DocumentFileSet Find(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var walk = new Walk();
        foreach (var path in paths)
        {
            if (!FileStatus.TryGet(path, followLinks: true, out var status, out var error))
            {
                walk.Problems.Add(new ReadProblem(path, error!));
            }
            else if (status.Kind == FileKind.Directory)
            {
                walk.Directory(path, status);
            }
            else if (status.Kind == FileKind.Regular)
            {
                if (walk.SeenFiles.Add(Id(status)))
                {
                    walk.Files.Add(path);
                }
            }
            else
            {
                walk.Problems.Add(new ReadProblem(path, $"{status.Describe()}, not a regular file: refused without reading it"));
            }
        }

        return new DocumentFileSet(walk.Files, walk.Problems, walk.Warnings, walk.Skipped);
    }

    private static (ulong Device, ulong Inode) Id(FileStatus status) => (status.Device, status.Inode);

    private sealed class Walk
    {
        private readonly HashSet<(ulong, ulong)> _seenDirectories = [];

        public List<string> Files { get; } = [];

        public List<ReadProblem> Problems { get; } = [];

        public List<ReadProblem> Warnings { get; } = [];

        public HashSet<(ulong, ulong)> SeenFiles { get; } = [];

        public int Skipped { get; private set; }

        /// <summary>
        /// Walks one named directory without recursion (no depth can overflow the stack). Directories
        /// reached only through a link wait until everything reachable without one is done, so a file or
        /// directory with a real path is always listed under it, not under a link that happened to sort first.
        /// </summary>
        public void Directory(string root, FileStatus rootStatus)
        {
            var direct = new Stack<(string Path, FileStatus Status)>();
            var linked = new Stack<(string Path, FileStatus Status)>();
            var found = new List<(string Path, (ulong, ulong) Id, bool ViaLink)>();
            direct.Push((root, rootStatus));
            while (direct.Count > 0 || linked.Count > 0)
            {
                var viaLink = direct.Count == 0;
                var (dir, status) = viaLink ? linked.Pop() : direct.Pop();
                if (!_seenDirectories.Add(Id(status)))
                {
                    continue;
                }

                string[] entries;
                try
                {
                    entries = System.IO.Directory.GetFileSystemEntries(dir, "*", s_oneLevel);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    (dir == root ? Problems : Warnings).Add(new ReadProblem(dir, $"cannot list directory: {e.Message}"));
                    continue;
                }

                Array.Sort(entries, StringComparer.Ordinal);
                var subdirectories = new List<(string Path, FileStatus Status, bool IsLink)>();
                foreach (var entry in entries)
                {
                    if (!TryStatEntry(entry, out var entryStatus, out var isLink))
                    {
                        continue;
                    }

                    if (entryStatus.Kind == FileKind.Directory)
                    {
                        subdirectories.Add((entry, entryStatus, isLink));
                    }
                    else if (!DocumentFormats.TryFromPath(entry, out _))
                    {
                        Skipped++;
                    }
                    else if (entryStatus.Kind == FileKind.Regular)
                    {
                        found.Add((entry, Id(entryStatus), viaLink || isLink));
                    }
                    else
                    {
                        Skipped++;
                        Warnings.Add(new ReadProblem(entry, $"{entryStatus.Describe()}, not a regular file: skipped without reading it"));
                    }
                }

                // Pushed in reverse so they pop in ordinal order: the walk, and so the path kept for a file
                // reached twice, is the same every run.
                for (var i = subdirectories.Count - 1; i >= 0; i--)
                {
                    var (path, subStatus, isLink) = subdirectories[i];
                    (viaLink || isLink ? linked : direct).Push((path, subStatus));
                }
            }

            Take(found);
        }

        /// <summary>Stats an entry, following a link; a broken or looping link is skipped, with a warning if it looks like a document.</summary>
        private bool TryStatEntry(string entry, out FileStatus status, out bool isLink)
        {
            isLink = false;
            string? error;
            if (FileStatus.TryGet(entry, followLinks: false, out status, out error))
            {
                isLink = status.Kind == FileKind.SymbolicLink;
                if (!isLink || FileStatus.TryGet(entry, followLinks: true, out status, out error))
                {
                    return true;
                }
            }

            // Gone since the listing, a dangling link, or a link to itself.
            Skipped++;
            if (DocumentFormats.TryFromPath(entry, out _))
            {
                Warnings.Add(new ReadProblem(entry, $"{error}: skipped"));
            }

            return false;
        }

        /// <summary>Keeps one path per file (one without links if there is one), in ordinal order.</summary>
        private void Take(List<(string Path, (ulong, ulong) Id, bool ViaLink)> found)
        {
            var best = new Dictionary<(ulong, ulong), (string Path, bool ViaLink)>();
            foreach (var (path, id, viaLink) in found)
            {
                if (!best.TryGetValue(id, out var current) || (current.ViaLink && !viaLink))
                {
                    best[id] = (path, viaLink);
                }
            }

            var chosen = new List<string>(best.Count);
            foreach (var (id, (path, _)) in best)
            {
                if (SeenFiles.Add(id))
                {
                    chosen.Add(path);
                }
            }

            chosen.Sort(StringComparer.Ordinal);
            Files.AddRange(chosen);
        }
    }
}
