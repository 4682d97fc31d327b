using Orkhon.Extraction.Lexicon;
using Orkhon.Text;
using Orkhon.Extraction.Mentions;

namespace Orkhon.Extraction;

/// <summary>
/// National teams are named as their states: "Canada and the United States met in a hockey game", "Japan hosted Iran in a
/// World Cup qualifier", "South Korea crushed China 4-0 in the semi-final". Teams are no state actors, so a meeting or a
/// contest (roots 04, 17–19) whose subject is only bare state names (or a pair noun such as "the two sides" standing for
/// them), with a sport's word or a score after the phrase, tells
/// no event. A named leader or body ("Biden met Trudeau at the hockey game", "the Japanese foreign minister met…") keeps
/// the act: leaders do meet at games. The words are data (<c>data/lexicon/phrase-words.tsv</c>, classes sport-contest
/// and sport-contest-head).
/// </summary>
internal static class SportingContests
{
    private static readonly WordSet s_sportWords = PhraseGrammar.Words.Lookup("sport-contest");
    private static readonly WordSet s_headedSportWords = PhraseGrammar.Words.Lookup("sport-contest-head");

    // Prepositions and conjunctions: after "final" or "friendly", they show that the word heads its phrase.
    private static readonly WordSet s_phraseEnds = PhraseGrammar.Words.Lookup("participle-complement");

    // "met at the 4 Nations Face-Off in a game played…": how far after the phrase a sport's word still tells of it.
    private const int SportWordReach = 12;

    // The longest score told as one side's goals, a dash and the other's ("3-1", "10-2").
    private const int LongestScoreSide = 2;

    /// <summary>Whether the act at <paramref name="trigger"/>, done by <paramref name="subject"/>, is a game between teams.</summary>
    public static bool IsContestOfTeams(SentenceView view, Trigger trigger, IReadOnlyList<ActorMention> subject)
    {
        var root = trigger.Entry.Cameo.Root.Value;
        if (subject.Count == 0 || root is not ("04" or "17" or "18" or "19"))
        {
            return false;
        }

        foreach (var s in subject)
        {
            // "the first meeting of the two sides at the tournament": a pair noun stands for the teams named before it.
            if (s.Kind is not (MentionKind.Name or MentionKind.Coreference) || s.Role is not null || s.IsPlace || !s.NamesAState)
            {
                return false;
            }
        }

        var end = Math.Min(view.Tokens.Count, trigger.End + SportWordReach);
        for (var k = trigger.End; k < end; k++)
        {
            var w = view.Word(k);
            if (w is ";")
            {
                return false;
            }

            // "met on 1-2 March": a time phrase's numbers are no score.
            if (view.TimeAt[k] < 0 && (s_sportWords.Contains(w) || IsHeadedSportWord(view, k) || IsScoreAt(view, k)))
            {
                return true;
            }
        }

        return false;
    }

    // "clashed in a bad-tempered final in Montevideo", "hosted Mexico in a friendly.": "final" and "friendly" name a game only
    // where they head their phrase, so "the final round of talks" and "a friendly exchange" are no games.
    private static bool IsHeadedSportWord(SentenceView view, int k)
    {
        // "in a friendly", "in the bad-tempered final": an article opens the phrase; "talks both called friendly" has none.
        if (!s_headedSportWords.Contains(view.Word(k)) || !(PhraseGrammar.IsDeterminer(view, k - 1) || (k > 1 && PhraseGrammar.IsDeterminer(view, k - 2))))
        {
            return false;
        }

        if (k + 1 >= view.Tokens.Count)
        {
            return true;
        }

        var next = view.Word(k + 1);
        return next.Length > 0 && (!char.IsLetter(next[0]) || s_phraseEnds.Contains(next) || PhraseGrammar.IsLocative(next) || view.TimeAt[k + 1] >= 0);
    }

    // "3-1", "2–0": the tokenizer splits a score into digits, a dash and digits, written together.
    private static bool IsScoreAt(SentenceView view, int k)
    {
        var tokens = view.Tokens;
        return k + 2 < tokens.Count && view.TimeAt[k + 2] < 0
            && view.Word(k + 1) is "-" or "–"
            && tokens[k].End == tokens[k + 1].Start && tokens[k + 1].End == tokens[k + 2].Start
            && IsGoals(view.Word(k)) && IsGoals(view.Word(k + 2));
    }

    private static bool IsGoals(ReadOnlySpan<char> w) => w.Length is > 0 and <= LongestScoreSide && IsDigits(w);

    private static bool IsDigits(ReadOnlySpan<char> w)
    {
        foreach (var c in w)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
