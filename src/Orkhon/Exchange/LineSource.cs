using System.Text;

namespace Orkhon.Exchange;

/// <summary>
/// The lines of a dataset file, counted, decoded as strict UTF-8: a byte sequence that is not UTF-8 or an
/// archive that ends early is an error value naming the line, never a replacement character stored as data.
/// </summary>
public sealed class LineSource : IDisposable
{
    /// <summary>Longest line read; a longer one is a bad row (a GDELT row is under 3 KB, a PLOVER record under 64 KB).</summary>
    public const int MaxLineChars = 1 << 20;

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly StreamReader _reader;

    public LineSource(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _reader = new StreamReader(stream, s_strictUtf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
    }

    /// <summary>The number of the line last read, from 1.</summary>
    public long Line { get; private set; }

    /// <summary>Reads the next line; false at the end or on an error, which <paramref name="error"/> then names.</summary>
    public bool TryRead(out string line, out string? error)
    {
        error = null;
        line = "";
        try
        {
            var next = _reader.ReadLine();
            if (next is null)
            {
                return false;
            }

            Line++;
            line = next;
            return true;
        }
        catch (DecoderFallbackException)
        {
            Line++;
            error = "invalid UTF-8";
        }
        catch (InvalidDataException e)
        {
            Line++;
            error = "the archive is damaged or truncated: " + e.Message;
        }
        catch (EndOfStreamException)
        {
            Line++;
            error = "the archive ends early (truncated)";
        }

        return false;
    }

    public void Dispose() => _reader.Dispose();
}
