using Orkhon.Reading;

namespace Orkhon.Ingestion;

/// <summary>How an <see cref="IngestPipeline"/> reads files and how far its extraction may run ahead of its writer.</summary>
public sealed record IngestOptions
{
    /// <summary>
    /// Documents read and extracted ahead of the writer: enough to keep every core busy while one document
    /// is written, few enough that memory stays flat however many files an ingest names.
    /// </summary>
    public const int DefaultDocumentsAhead = 16;

    public ReadOptions Read { get; init; } = new();

    /// <summary>Documents read and extracted at once; all cores by default.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Capacity of the channel between extraction and the writer (see <see cref="DefaultDocumentsAhead"/>).</summary>
    public int MaxDocumentsAhead { get; init; } = DefaultDocumentsAhead;

    /// <summary>Whether each document's status claims are checked against the record (<c>orkhon check</c>), so ingest can report the contradicted ones.</summary>
    public bool CheckClaims { get; init; } = true;
}
