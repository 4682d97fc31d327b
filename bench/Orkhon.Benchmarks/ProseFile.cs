namespace Orkhon.Benchmarks;

/// <summary>
/// The prose file the prose benchmarks read (ORKHON_PROSE, built by bench/realistic-corpus.py; see BENCHMARKS.md), cut to a size
/// at a paragraph break so that no benchmark starts or ends inside a sentence.
/// </summary>
internal static class ProseFile
{
    /// <summary>The file's first <paramref name="size"/> characters or fewer, up to the last paragraph break before that size.</summary>
    public static string FirstParagraphs(int size)
    {
        var path = Environment.GetEnvironmentVariable("ORKHON_PROSE");
        if (string.IsNullOrEmpty(path) || !File.Exists(path))
        {
            throw new InvalidOperationException("Set ORKHON_PROSE to a prose file built by bench/realistic-corpus.py (see BENCHMARKS.md).");
        }

        var all = File.ReadAllText(path);
        var cut = all.Length <= size ? all.Length : all.LastIndexOf("\n\n", size, StringComparison.Ordinal);
        return all[..(cut > 0 ? cut : Math.Min(size, all.Length))];
    }
}
