using System.IO.Compression;

namespace Orkhon.Exchange;

/// <summary>Opens a dataset file: as it is, or the one data file inside a <c>.zip</c> (GDELT publishes <c>.export.CSV.zip</c>).</summary>
public static class ImportSource
{
    /// <summary>Opens <paramref name="path"/>, or returns why it cannot be read.</summary>
    /// <returns>The lines, the file under them (its position is the progress, compressed or not), what to dispose, or the error.</returns>
    public static (LineSource? Lines, FileStream? File, IDisposable? Owner, string? Error) Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            var file = File.OpenRead(path);
            if (!path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            {
                return (new LineSource(file), file, file, null);
            }

            ZipArchive zip;
            try
            {
                zip = new ZipArchive(file, ZipArchiveMode.Read);
            }
            catch (InvalidDataException e)
            {
                file.Dispose();
                return (null, null, null, "not a readable zip archive (truncated?): " + e.Message);
            }

            var entries = zip.Entries.Where(e => !e.FullName.EndsWith('/')).ToList();
            if (entries.Count != 1)
            {
                zip.Dispose();
                return (null, null, null, $"a zip archive must hold exactly one data file, this one holds {entries.Count}");
            }

            try
            {
                return (new LineSource(entries[0].Open()), file, zip, null);
            }
            catch (InvalidDataException e)
            {
                zip.Dispose();
                return (null, null, null, "the archive is damaged: " + e.Message);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, null, null, e.Message);
        }
    }
}
