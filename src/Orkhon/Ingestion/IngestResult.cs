using Orkhon.Contracts;
using Orkhon.Reading;
using Orkhon.Storage;

namespace Orkhon.Ingestion;

/// <summary>
/// The outcome of ingesting a list of files, in the files' order: what was added, what was already stored,
/// what failed and why, and the store failure that ended the run early, if one did.
/// </summary>
public sealed class IngestResult
{
    private readonly List<(string Path, string Id)> _added = [];
    private readonly List<(string Path, string Id)> _alreadyPresent = [];
    private readonly List<ReadProblem> _failed = [];
    private readonly List<ClaimRow> _contradicted = [];

    public IReadOnlyList<(string Path, string Id)> Added => _added;

    public IReadOnlyList<(string Path, string Id)> AlreadyPresent => _alreadyPresent;

    /// <summary>Documents skipped because they could not be read or processed; the others were stored.</summary>
    public IReadOnlyList<ReadProblem> Failed => _failed;

    /// <summary>The claims of the added documents that the record contradicts, in the files' order.</summary>
    public IReadOnlyList<ClaimRow> ContradictedClaims => _contradicted;

    /// <summary>Sentences of the added documents.</summary>
    public int Sentences { get; private set; }

    /// <summary>Events written: new ones, and known ones given added evidence.</summary>
    public int Events { get; private set; }

    /// <summary>Documents that went through extraction; documents already stored never do.</summary>
    public int Extracted { get; private set; }

    /// <summary>Why the run stopped early (busy, read-only, full); the documents before it are stored.</summary>
    public StoreException? StoreFailure { get; internal set; }

    internal void Record(DocumentIngest document)
    {
        Extracted += document.Extracted ? 1 : 0;
        switch (document.Outcome)
        {
            case DocumentOutcome.Added:
                _added.Add((document.Path ?? "", document.DocumentId!));
                Sentences += document.Sentences;
                Events += document.Events.Count;
                _contradicted.AddRange(document.ContradictedClaims);
                break;
            case DocumentOutcome.AlreadyPresent:
                _alreadyPresent.Add((document.Path ?? "", document.DocumentId!));
                break;
            default:
                _failed.Add(document.Problem!);
                break;
        }
    }
}
