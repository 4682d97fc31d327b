namespace Orkhon.Reading;

/// <summary>The files to read, found by <see cref="DocumentFiles.Find"/>, and what was left aside.</summary>
/// <param name="Files">Files to read, each once, in a stable order: the named paths in the order given, and within each directory by path.</param>
/// <param name="Problems">Paths given by the user that cannot be read at all (missing, a FIFO or device, an unlistable directory).</param>
/// <param name="Warnings">Files inside a directory that look like documents but were not taken (special files, broken links, unlistable subdirectories).</param>
/// <param name="Skipped">Files inside directories left out: other file types, and those warned about.</param>
public sealed record DocumentFileSet(IReadOnlyList<string> Files, IReadOnlyList<ReadProblem> Problems, IReadOnlyList<ReadProblem> Warnings, int Skipped);
