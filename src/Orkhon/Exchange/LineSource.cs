using System.Text;

namespace Orkhon.Exchange;

/// <summary>
/// The lines of a dataset file, counted, each decoded on its own as strict UTF-8: a byte sequence that is
/// not UTF-8 is an error naming its line (decoding the stream in blocks would blame the block's first
/// line), and an archive that ends early is an error too, never a replacement character stored as data.
/// </summary>
public sealed class LineSource : IDisposable
{
    /// <summary>Longest line read, in characters; a longer one is a bad row (a GDELT row is under 3 KB, a PLOVER record under 64 KB).</summary>
    public const int MaxLineChars = 1 << 20;

    /// <summary>Longest line buffered, in bytes (UTF-8 takes at most 4 bytes a character); past it the file is refused.</summary>
    public const int MaxLineBytes = 4 * MaxLineChars;

    private const int ReadSize = 1 << 16;

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly Stream _stream;
    private byte[] _buffer = new byte[ReadSize * 2];
    private int _start;
    private int _end;
    private bool _eof;

    public LineSource(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
    }

    /// <summary>The number of the line last read, from 1.</summary>
    public long Line { get; private set; }

    /// <summary>
    /// The lines that hold something, with their numbers, as every dataset reader walks them; reading that
    /// stops on an error ends with one item carrying the error (and no text).
    /// </summary>
    public IEnumerable<(long Line, string Text, string? Error)> NonBlankLines()
    {
        while (true)
        {
            if (!TryRead(out var line, out var error))
            {
                if (error is not null)
                {
                    yield return (Line, "", error);
                }

                yield break;
            }

            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return (Line, line, null);
            }
        }
    }

    /// <summary>
    /// One record per non-blank line, as a line-per-record dataset is read: a line over
    /// <see cref="MaxLineChars"/> is a bad row, the rest go to <paramref name="parse"/>; a read error ends the
    /// file with a fatal record.
    /// </summary>
    public IEnumerable<ImportRecord> Records(Func<long, string, ImportRecord> parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        foreach (var (number, line, error) in NonBlankLines())
        {
            if (error is not null)
            {
                yield return ImportRecord.Fatal(number, error);
                yield break;
            }

            yield return TooLong(number, line) ?? parse(number, line);
        }
    }

    /// <summary>A bad row for a line over <see cref="MaxLineChars"/>, else null.</summary>
    public static ImportRecord? TooLong(long number, string line) =>
        line.Length > MaxLineChars ? ImportRecord.Bad(number, $"line longer than {MaxLineChars} characters") : null;

    /// <summary>Reads the next line; false at the end or on an error, which <paramref name="error"/> then names.</summary>
    public bool TryRead(out string line, out string? error)
    {
        line = "";
        error = null;
        try
        {
            while (true)
            {
                var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
                if (newline >= 0 || (_eof && _end > _start))
                {
                    var length = newline >= 0 ? newline : _end - _start;
                    var bytes = _buffer.AsSpan(_start, length);
                    _start += newline >= 0 ? length + 1 : length;
                    Line++;
                    if (Line == 1 && bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
                    {
                        bytes = bytes[3..];
                    }

                    if (bytes.Length > 0 && bytes[^1] == (byte)'\r')
                    {
                        bytes = bytes[..^1];
                    }

                    line = s_strictUtf8.GetString(bytes);
                    return true;
                }

                if (_eof)
                {
                    return false;
                }

                Fill();
            }
        }
        catch (DecoderFallbackException)
        {
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
        catch (LineTooLongException)
        {
            Line++;
            error = $"line longer than {MaxLineBytes} bytes; the rest of the file is not read";
        }

        return false;
    }

    private void Fill()
    {
        if (_start > 0)
        {
            // Keep the unfinished line at the front.
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_buffer.Length - _end < ReadSize)
        {
            if (_buffer.Length >= MaxLineBytes)
            {
                throw new LineTooLongException();
            }

            Array.Resize(ref _buffer, Math.Min(_buffer.Length * 2, MaxLineBytes + ReadSize));
        }

        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
    }

    public void Dispose() => _stream.Dispose();

    private sealed class LineTooLongException : Exception
    {
    }
}
