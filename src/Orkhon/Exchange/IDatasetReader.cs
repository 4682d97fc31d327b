namespace Orkhon.Exchange;

/// <summary>Reads one dataset format, one record per line, lazily: a file of any size streams through.</summary>
public interface IDatasetReader
{
    /// <summary>The file's records in order; after a <see cref="ImportRecordKind.FileFailed"/> record there are no more.</summary>
    IEnumerable<ImportRecord> Read(LineSource lines);
}
