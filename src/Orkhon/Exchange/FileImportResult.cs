namespace Orkhon.Exchange;

/// <summary>What importing one file did.</summary>
/// <param name="Committed">Whether the file's events were stored; when false, nothing of the file was.</param>
/// <param name="Written">Events written: new imported events and re-imported rows.</param>
/// <param name="Merged">Rows that told a curated or extracted event again and became a source of it, and GDELT mentions added to their event.</param>
/// <param name="Skipped">Well-formed rows Orkhon cannot hold (<see cref="SkippedExamples"/> names the first ones).</param>
/// <param name="Errors">The bad rows, at most <see cref="ImportOptions.MaxErrors"/> + 1, and the file's own failure if it broke off.</param>
/// <param name="KeptAsPlover">PLOVER records with no one CAMEO code, stored as PLOVER codes them (not among <see cref="Written"/>).</param>
/// <param name="GaveUp">More bad rows than <see cref="ImportOptions.MaxErrors"/>: the file was not read to its end.</param>
public sealed record FileImportResult(
    string Path,
    bool Committed,
    long Written,
    long Merged,
    long Skipped,
    IReadOnlyList<ImportProblem> SkippedExamples,
    IReadOnlyList<ImportProblem> Errors,
    bool GaveUp,
    long KeptAsPlover = 0);
