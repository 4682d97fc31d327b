using System.Text;

namespace Orkhon.Extraction.Parse;

/// <summary>
/// Parses one sentence with link-grammar's English dictionary into its best <see cref="Linkage"/>. One dictionary serves
/// every thread (the library reads it only); each parse has its own options and sentence, freed before it returns. A parse is
/// bounded by the library's own timer (<see cref="ExtractionOptions.ParseSeconds"/>): past it the parse gives up and the
/// sentence is left to the shallow layer.
/// </summary>
public sealed class LinkParser
{
    private static readonly Lazy<(LinkParser? Parser, string? Error)> s_english = new(CreateEnglish, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly LinkGrammarNative _native;
    private readonly IntPtr _dictionary;

    private LinkParser(LinkGrammarNative native, IntPtr dictionary) => (_native, _dictionary) = (native, dictionary);

    /// <summary>The English parser, or null with a clear reason when the library or its dictionary is missing.</summary>
    public static (LinkParser? Parser, string? Error) English => s_english.Value;

    /// <summary>The English parser; throws <see cref="InvalidOperationException"/> with the reason when it is unavailable.</summary>
    public static LinkParser RequireEnglish() =>
        English.Parser ?? throw new InvalidOperationException("The parse option (--parse) needs link-grammar: " + English.Error);

    /// <summary>
    /// The best linkage of <paramref name="sentence"/>, or null when it gives none within <paramref name="seconds"/> (the
    /// library's timer, whole seconds) or is empty. Words left unlinked ("null links") are allowed up to
    /// <paramref name="nullWords"/>, tried only when no complete linkage exists.
    /// </summary>
    internal Linkage? Parse(string sentence, int seconds, int nullWords)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (string.IsNullOrWhiteSpace(sentence) || sentence.Contains('\0', StringComparison.Ordinal))
        {
            return null;
        }

        var n = _native;
        var options = n.ParseOptionsCreate();
        if (options == IntPtr.Zero)
        {
            return null;
        }

        var handle = IntPtr.Zero;
        try
        {
            n.ParseOptionsSetVerbosity(options, 0);
            n.ParseOptionsSetMaxParseTime(options, Math.Max(1, seconds));
            n.ParseOptionsSetLinkageLimit(options, 100);
            n.ParseOptionsSetMinNullCount(options, 0);
            n.ParseOptionsSetMaxNullCount(options, 0);
            handle = n.SentenceCreate(sentence, _dictionary);
            if (handle == IntPtr.Zero)
            {
                return null;
            }

            var found = n.SentenceParse(handle, options);
            var nullCount = 0;
            if (found <= 0 && nullWords > 0 && n.ParseOptionsTimerExpired(options) == 0)
            {
                n.ParseOptionsSetMinNullCount(options, 1);
                n.ParseOptionsSetMaxNullCount(options, nullWords);
                found = n.SentenceParse(handle, options);
                nullCount = 1;
            }

            return found <= 0 || n.ParseOptionsTimerExpired(options) != 0 ? null : Read(sentence, handle, options, nullCount);
        }
        finally
        {
            if (handle != IntPtr.Zero)
            {
                n.SentenceDelete(handle);
            }

            n.ParseOptionsDelete(options);
        }
    }

    private Linkage? Read(string sentence, IntPtr handle, IntPtr options, int nullCount)
    {
        var n = _native;
        var linkage = n.LinkageCreate(0, handle, options);
        if (linkage == IntPtr.Zero)
        {
            return null;
        }

        try
        {
            // The library counts offsets in code points; the text is UTF-16, so a character outside the basic plane shifts them.
            var utf16At = CodePointOffsets(sentence);
            var words = new List<LinkedWord>();
            var wordCount = n.LinkageGetNumWords(linkage);
            for (var w = 0; w < wordCount; w++)
            {
                var form = Utf8(n.LinkageGetWord(linkage, w));
                var start = Offset(utf16At, n.LinkageGetWordCharStart(linkage, w));
                var end = Offset(utf16At, n.LinkageGetWordCharEnd(linkage, w));
                words.Add(new LinkedWord(form, start, Math.Max(start, end)));
            }

            var links = new List<Link>();
            var linkCount = n.LinkageGetNumLinks(linkage);
            for (var k = 0; k < linkCount; k++)
            {
                var left = (int)n.LinkageGetLinkLword(linkage, k);
                var right = (int)n.LinkageGetLinkRword(linkage, k);
                if (left >= 0 && left < words.Count && right >= 0 && right < words.Count)
                {
                    links.Add(new Link(Utf8(n.LinkageGetLinkLabel(linkage, k)), left, right));
                }
            }

            return new Linkage(words, links, nullCount);
        }
        finally
        {
            n.LinkageDelete(linkage);
        }
    }

    private static string Utf8(IntPtr text) => System.Runtime.InteropServices.Marshal.PtrToStringUTF8(text) ?? "";

    // For each code point of the text, its UTF-16 index, and one past the end; null when the two counts agree.
    private static int[]? CodePointOffsets(string text)
    {
        if (!text.Any(char.IsSurrogate))
        {
            return null;
        }

        var at = new List<int>();
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            at.Add(i);
        }

        at.Add(text.Length);
        return [.. at];
    }

    private static int Offset(int[]? utf16At, int codePoint) =>
        codePoint < 0 ? 0 : utf16At is null ? codePoint : utf16At[Math.Min(codePoint, utf16At.Length - 1)];

    private static (LinkParser? Parser, string? Error) CreateEnglish()
    {
        var (native, error) = LinkGrammarNative.Loaded;
        if (native is null)
        {
            return (null, error);
        }

        // The library reports a missing dictionary on stderr and returns null; the message here says what to install.
        var dictionary = native.DictionaryCreateLang("en");
        return dictionary == IntPtr.Zero
            ? (null, "link-grammar's English dictionary could not be opened (on Debian: apt-get install link-grammar-dictionaries-en)")
            : (new LinkParser(native, dictionary), null);
    }

    /// <summary>A description of the parser's linkage for tests and --explain: "Ss*s(Ankara, sent.v-d) …".</summary>
    internal static string Describe(Linkage linkage)
    {
        var text = new StringBuilder();
        foreach (var link in linkage.Links)
        {
            text.Append(text.Length > 0 ? " " : "").Append(link.Label).Append('(').Append(linkage.Words[link.Left].Form)
                .Append(", ").Append(linkage.Words[link.Right].Form).Append(')');
        }

        return text.ToString();
    }
}
