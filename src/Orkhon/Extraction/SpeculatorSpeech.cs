using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// Speculation by analysts, commentators or pundits is not coded (the coding README), and it often runs on past the
/// sentence that names them: "Analysts in Ulaanbaatar say Beijing may yet punish Mongolia. China could tighten inspections
/// at the crossing or freeze the loan talks, they said." The sentence-wide cue of <c>modality-cues.tsv</c> covers the first
/// sentence; a next sentence whose only speaker is "they" — closed by ", they said" or opened by "They say" — is theirs
/// too, and so is each further one told the same way. The speakers are the class <c>speculator</c> of that file.
/// </summary>
internal static class SpeculatorSpeech
{
    private static readonly WordSet s_reportedSpeech = PhraseGrammar.Words.Lookup("reported-speech");

    /// <summary>Whether the sentence names analysts or commentators as those who speak in it.</summary>
    public static bool GivesThemTheWord(SentenceView view)
    {
        // Most sentences name no analyst and are not scanned.
        if (!view.MayHoldAny(s_speculatorBits))
        {
            return false;
        }

        for (var k = 0; k < view.Tokens.Count; k++)
        {
            if (ModalityCues.SpeculatorLookup.Contains(view.Word(k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the sentence is told by "they" alone: ", they said." at its end, or "They say" at its start.</summary>
    public static bool IsToldByThem(SentenceView view)
    {
        var n = view.Tokens.Count;
        if (n >= 2 && view.Word(0) is "They" && IsSaying(view.Word(1)))
        {
            return true;
        }

        // ", they said." or ", they added." before the sentence's closing mark (a quotation mark may stand before it).
        var end = n - 1;
        while (end >= 0 && view.Word(end) is "." or "\"" or "'" or "”" or "’")
        {
            end--;
        }

        return end >= 2 && IsSaying(view.Word(end)) && view.Word(end - 1) is "they" && view.Word(end - 2) is ",";
    }

    private static bool IsSaying(ReadOnlySpan<char> word) =>
        s_reportedSpeech.Contains(word) || s_saying.Contains(word);

    private static readonly WordBits s_speculatorBits = WordBits.Of(ModalityCues.SpeculatorLookup.Set);

    // phrase-words.tsv, speculator-saying.
    private static readonly WordSet s_saying = PhraseGrammar.Words.Lookup("speculator-saying");
}
