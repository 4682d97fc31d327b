using System.Runtime.InteropServices;

namespace Orkhon.Extraction.Parse;

/// <summary>
/// Our own binding to the few entry points of Debian's link-grammar library (liblink-grammar5, LGPL) that a parse of one
/// sentence needs. The library is loaded lazily with <see cref="NativeLibrary.TryLoad(string, out IntPtr)"/> the first time a
/// parse is asked for, so that the extractor runs without it unless the parse option is on.
/// </summary>
/// <remarks>Handles are opaque pointers; <c>size_t</c> indices (LinkageIdx, LinkIdx, WordIdx) are <see cref="nint"/>.</remarks>
internal sealed class LinkGrammarNative
{
    /// <summary>The names the shared library goes by (Debian's soname first).</summary>
    private static readonly string[] s_names = ["liblink-grammar.so.5", "liblink-grammar.so", "link-grammar"];

    private static readonly Lazy<(LinkGrammarNative? Native, string? Error)> s_loaded = new(() => Load(s_names), LazyThreadSafetyMode.ExecutionAndPublication);

    // The library's messages (a locale it does not know, a word it cannot split) go nowhere: a parse reports failure by its result.
    private static readonly ErrorHandler s_silence = (_, _) => { };

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    internal delegate void ErrorHandler(IntPtr error, IntPtr data);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    internal delegate IntPtr SetErrorHandler(ErrorHandler handler, IntPtr data);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    internal delegate IntPtr CreateDictionary([MarshalAs(UnmanagedType.LPUTF8Str)] string language);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    internal delegate IntPtr CreateHandle();

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    internal delegate int DeleteHandle(IntPtr handle);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    internal delegate void DeleteVoid(IntPtr handle);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    internal delegate void SetInt(IntPtr options, int value);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    internal delegate int GetInt(IntPtr handle);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    internal delegate IntPtr CreateSentence([MarshalAs(UnmanagedType.LPUTF8Str)] string text, IntPtr dictionary);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    internal delegate int ParseSentence(IntPtr sentence, IntPtr options);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    internal delegate IntPtr CreateLinkage(nint index, IntPtr sentence, IntPtr options);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    internal delegate IntPtr GetString(IntPtr linkage, nint index);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    internal delegate nint GetIndex(IntPtr linkage, nint index);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    internal delegate int GetOffset(IntPtr linkage, nint index);

    private LinkGrammarNative(IntPtr library)
    {
        Export<SetErrorHandler>(library, "lg_error_set_handler")(s_silence, IntPtr.Zero);
        DictionaryCreateLang = Export<CreateDictionary>(library, "dictionary_create_lang");
        DictionaryDelete = Export<DeleteVoid>(library, "dictionary_delete");
        ParseOptionsCreate = Export<CreateHandle>(library, "parse_options_create");
        ParseOptionsDelete = Export<DeleteHandle>(library, "parse_options_delete");
        ParseOptionsSetMaxParseTime = Export<SetInt>(library, "parse_options_set_max_parse_time");
        ParseOptionsSetVerbosity = Export<SetInt>(library, "parse_options_set_verbosity");
        ParseOptionsSetLinkageLimit = Export<SetInt>(library, "parse_options_set_linkage_limit");
        ParseOptionsSetMinNullCount = Export<SetInt>(library, "parse_options_set_min_null_count");
        ParseOptionsSetMaxNullCount = Export<SetInt>(library, "parse_options_set_max_null_count");
        ParseOptionsTimerExpired = Export<GetInt>(library, "parse_options_timer_expired");
        SentenceCreate = Export<CreateSentence>(library, "sentence_create");
        SentenceDelete = Export<DeleteVoid>(library, "sentence_delete");
        SentenceParse = Export<ParseSentence>(library, "sentence_parse");
        LinkageCreate = Export<CreateLinkage>(library, "linkage_create");
        LinkageDelete = Export<DeleteVoid>(library, "linkage_delete");
        LinkageGetNumWords = Export<GetInt>(library, "linkage_get_num_words");
        LinkageGetNumLinks = Export<GetInt>(library, "linkage_get_num_links");
        LinkageGetLinkLabel = Export<GetString>(library, "linkage_get_link_label");
        LinkageGetLinkLword = Export<GetIndex>(library, "linkage_get_link_lword");
        LinkageGetLinkRword = Export<GetIndex>(library, "linkage_get_link_rword");
        LinkageGetWord = Export<GetString>(library, "linkage_get_word");
        LinkageGetWordCharStart = Export<GetOffset>(library, "linkage_get_word_char_start");
        LinkageGetWordCharEnd = Export<GetOffset>(library, "linkage_get_word_char_end");
    }

    internal CreateDictionary DictionaryCreateLang { get; }

    internal DeleteVoid DictionaryDelete { get; }

    internal CreateHandle ParseOptionsCreate { get; }

    internal DeleteHandle ParseOptionsDelete { get; }

    internal SetInt ParseOptionsSetMaxParseTime { get; }

    internal SetInt ParseOptionsSetVerbosity { get; }

    internal SetInt ParseOptionsSetLinkageLimit { get; }

    internal SetInt ParseOptionsSetMinNullCount { get; }

    internal SetInt ParseOptionsSetMaxNullCount { get; }

    internal GetInt ParseOptionsTimerExpired { get; }

    internal CreateSentence SentenceCreate { get; }

    internal DeleteVoid SentenceDelete { get; }

    internal ParseSentence SentenceParse { get; }

    internal CreateLinkage LinkageCreate { get; }

    internal DeleteVoid LinkageDelete { get; }

    internal GetInt LinkageGetNumWords { get; }

    internal GetInt LinkageGetNumLinks { get; }

    internal GetString LinkageGetLinkLabel { get; }

    internal GetIndex LinkageGetLinkLword { get; }

    internal GetIndex LinkageGetLinkRword { get; }

    internal GetString LinkageGetWord { get; }

    internal GetOffset LinkageGetWordCharStart { get; }

    internal GetOffset LinkageGetWordCharEnd { get; }

    /// <summary>The loaded library, or null with the reason it could not be loaded.</summary>
    internal static (LinkGrammarNative? Native, string? Error) Loaded => s_loaded.Value;

    /// <summary>The library under the first of <paramref name="names"/> that loads, or null with a clear reason.</summary>
    internal static (LinkGrammarNative? Native, string? Error) Load(IReadOnlyList<string> names)
    {
        foreach (var name in names)
        {
            if (!NativeLibrary.TryLoad(name, out var library))
            {
                continue;
            }

            try
            {
                return (new LinkGrammarNative(library), null);
            }
            catch (EntryPointNotFoundException e)
            {
                return (null, $"the link-grammar library '{name}' lacks an entry point the parse needs ({e.Message})");
            }
        }

        return (null, "the link-grammar library is not installed (on Debian: apt-get install liblink-grammar5)");
    }

    private static T Export<T>(IntPtr library, string name)
        where T : Delegate
    {
        if (!NativeLibrary.TryGetExport(library, name, out var address))
        {
            throw new EntryPointNotFoundException(name);
        }

        return Marshal.GetDelegateForFunctionPointer<T>(address);
    }
}
