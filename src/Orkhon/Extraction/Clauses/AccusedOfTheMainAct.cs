using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction.Clauses;

/// <summary>
/// "Riyadh cut ties with Doha, accusing it of supporting terrorism and Iran", "Israel would not renew the visas of U.N. staff,
/// accusing the office of bias": a statement told in a participial clause whose addressee is a pronoun or a noun phrase that
/// names no actor ("it", "them", "the office", "the neighbouring kingdom") points back to the party the main clause acted on.
/// The actors after "of", "for", "to" or "over" are what the statement is about, never its addressee.
/// </summary>
internal static class AccusedOfTheMainAct
{
    // Lower-case words of a noun phrase that stand between the article and its preposition ("the neighbouring kingdom"): a longer
    // stretch is no plain reference back.
    private const int NounPhraseReach = 3;

    // "it", "them" (data/lexicon/phrase-words.tsv).
    private static readonly WordSet s_pointingBackPronouns = PhraseGrammar.Words.Lookup("pointing-back-pronoun");

    // "of", "for", "over", "to": what follows is what the statement says of its addressee.
    private static readonly WordSet s_aboutPrepositions = PhraseGrammar.Words.Lookup("about-preposition");

    /// <summary>The main act's targets as the addressees of <paramref name="phrase"/>, or empty.</summary>
    public static List<ActorPair> Pairs(SentenceView view, CodedPhrase phrase, List<EventMention> events)
    {
        var (trigger, subject) = (phrase.Trigger, phrase.Subject);
        if (trigger.Entry.IsNoun || subject.Count == 0 || events.Count == 0 || !ParticipialClauses.IsStatement(phrase.Cameo)
            || !ParticipialClauses.IsAdjunct(view, trigger.First) || !PointsBack(view, trigger.First + 1))
        {
            return [];
        }

        // The main clause's act: the last one before the participle, of the same subject ("Saudi Arabia, the UAE and Bahrain cut
        // ties with Qatar, accusing it of…": each subject's own act).
        var main = events[^1];
        if (main.PhraseEnd > view.Tokens[trigger.First].Start || !subject.Any(s => s.Code == main.Source.Code))
        {
            return [];
        }

        var pairs = new List<ActorPair>();
        foreach (var source in subject)
        {
            foreach (var e in events)
            {
                if (e.PhraseStart == main.PhraseStart && e.Source.Code == source.Code && e.Target.Code != source.Code
                    && !pairs.Exists(p => p.Source.Code == source.Code && p.Target.Code == e.Target.Code))
                {
                    var target = new ActorMention(trigger.First, trigger.First, [e.Target.Code], e.Target.Role, MentionKind.Coreference, false, false);
                    pairs.Add(new ActorPair(source, target, null));
                }
            }
        }

        return pairs;
    }

    // Whether the words from k are a pronoun or a "the" noun phrase naming no actor, closed by the preposition that opens what
    // the statement says of it ("it of", "the office of", "the neighbouring kingdom of", "them for").
    private static bool PointsBack(SentenceView view, int k)
    {
        if (k + 1 >= view.Tokens.Count || view.MentionAt[k] >= 0)
        {
            return false;
        }

        if (s_pointingBackPronouns.Contains(view.Word(k)))
        {
            return IsAboutPreposition(view.Word(k + 1));
        }

        if (view.Word(k) is not "the")
        {
            return false;
        }

        for (var j = k + 1; j < view.Tokens.Count && j - k <= NounPhraseReach + 1; j++)
        {
            var w = view.Word(j);
            if (view.MentionAt[j] >= 0 || w.Length == 0 || !char.IsLower(w[0]))
            {
                return false;
            }

            if (IsAboutPreposition(w))
            {
                return j > k + 1;
            }
        }

        return false;
    }

    private static bool IsAboutPreposition(ReadOnlySpan<char> w) => s_aboutPrepositions.Contains(w);
}
