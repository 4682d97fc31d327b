using Orkhon.Extraction.Lexicon;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// A signing told twice: "Kyrgyzstan and Tajikistan signed a border treaty on Thursday. … Rahmon signed the accord with
/// Japarov at the Ala-Archa residence." The later sentence's definite object ("the accord", "the documents", "the Falepili
/// Union") points back to the document the excerpt has already told was signed, so its 057 between the same two parties is
/// the same act, not a second one: the corpus's writers code it once (README, "a later nominal mention of the same visit is
/// not another"; "a nominal mention … is that act, coded once"). The later telling is dropped, and its date, which gives
/// the day where the lead gave the dateline's day or a month, becomes the act's. Only a later sentence: two signings in one
/// sentence are told as two. One pass over the document's events, one look-up per pair.
/// </summary>
internal static class RetoldSignings
{
    private static readonly WordSet s_documents = WordClasses.Load("lexicon.signed-documents.tsv", "document").Lookup("document");

    /// <summary>How many words may stand between "the" and the document noun ("the border demarcation treaty").</summary>
    private const int NounReach = 4;

    private const string Signing = "057";

    /// <summary>
    /// How far back, in characters, a signing may be told again: about the length of a news story. In a long document that
    /// runs many stories together (a file of a year's wires), the same two states may sign two treaties; only a retelling
    /// close to the first is the same act. News excerpts are at most about 1,000 characters.
    /// </summary>
    private const int RetellReach = 4_000;

    public static List<EventMention> WithoutRetold(List<EventMention> events, string text)
    {
        Dictionary<(string, string), int>? first = null;
        List<int>? dropped = null;
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Cameo.Value != Signing)
            {
                continue;
            }

            first ??= [];
            var pair = string.CompareOrdinal(e.Source.Code, e.Target.Code) <= 0 ? (e.Source.Code, e.Target.Code) : (e.Target.Code, e.Source.Code);
            if (!first.TryGetValue(pair, out var earlier))
            {
                first[pair] = i;
                continue;
            }

            var told = events[earlier];
            if (e.SentenceStart - told.SentenceStart > RetellReach)
            {
                // Too far from the first telling to be the same act: this signing is the pair's first in its own story.
                first[pair] = i;
                continue;
            }

            if (told.SentenceStart >= e.SentenceStart || !HasDefiniteDocumentObject(text, e.PhraseEnd))
            {
                continue;
            }

            if (e.Date is not null && e.Date != told.Date)
            {
                events[earlier] = told with { Date = e.Date };
            }

            (dropped ??= []).Add(i);
        }

        if (dropped is null)
        {
            return events;
        }

        var kept = new List<EventMention>(events.Count - dropped.Count);
        var d = 0;
        for (var i = 0; i < events.Count; i++)
        {
            if (d < dropped.Count && dropped[d] == i)
            {
                d++;
                continue;
            }

            kept.Add(events[i]);
        }

        return kept;
    }

    // Whether "the" opens the words right after the signing verb and a document noun heads the phrase it opens within reach,
    // or a capitalised name follows it ("signed the Falepili Union").
    private static bool HasDefiniteDocumentObject(string text, int from)
    {
        if (from < 0 || from > text.Length)
        {
            return false;
        }

        var at = from;
        var word = NextWord(text, ref at);
        if (!word.Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (var n = 0; n < NounReach; n++)
        {
            word = NextWord(text, ref at);
            if (word.IsEmpty)
            {
                return false;
            }

            if (s_documents.Contains(word) || (n == 0 && char.IsUpper(word[0])))
            {
                return true;
            }
        }

        return false;
    }

    // The next word from at, skipping spaces only: a comma or any other mark ends the phrase (an empty word).
    private static ReadOnlySpan<char> NextWord(string text, ref int at)
    {
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        var start = at;
        while (at < text.Length && (char.IsLetter(text[at]) || text[at] == '-'))
        {
            at++;
        }

        return text.AsSpan(start, at - start);
    }
}
