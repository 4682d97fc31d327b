using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// Acts whose own words say that several parties took part in them, and the agent lists that name them: "held three-way talks
/// with A and B" is a meeting of all three, and "signed by Iran's top security official Ali Shamkhani, Saudi national security
/// adviser Musaed al-Aiban and …" lists officials whose office or name the gazetteer knows only in part.
/// </summary>
internal static class MultiPartyActs
{
    // How far after the phrase a "three-way" may still stand ("held talks, three-way, with…" never; "held a trilateral summit").
    private const int ModifierReach = 2;

    // Words between a possessor and its official ("Iran's top security official Ali Shamkhani").
    private const int TitleReach = 5;

    // Name parts after a mention the gazetteer cut short ("Musaed al-Aiban").
    private const int NameTailReach = 2;

    // How far after the meeting's last party a gathering adjunct may end ("on the sidelines in Samarkand on Friday for the sixth
    // trilateral summit"), and how many words may stand between its preposition and the multi-party word ("for the sixth trilateral").
    private const int AdjunctReach = 14;
    private const int AdjunctModifierReach = 3;

    private static readonly WordSet s_multiParty = PhraseGrammar.Words.Lookup("multi-party");
    private static readonly WordSet s_gatheringPrepositions = PhraseGrammar.Words.Lookup("gathering-preposition");
    private static readonly WordSet s_adjunctBreaks = PhraseGrammar.Words.Lookup("gathering-adjunct-break");

    /// <summary>
    /// Whether the phrase is joint military work (062: drills, exercises, joint patrols) with several forces, which all of them
    /// share: "took part with Chinese and Mongolian units" is one exercise of the three, as the news corpus codes it. Only
    /// forces are read so ("units", "troops"); states after "with" may be partners of the subject alone.
    /// </summary>
    public static bool IsSharedMilitaryAct(Trigger trigger, IReadOnlyList<ActorMention> objects) =>
        trigger.Entry.Cameo.Value == SharedMilitaryCode && objects.All(o => o.Role == Orkhon.Domain.ActorRole.Military);

    private const string SharedMilitaryCode = "062";

    /// <summary>Whether the meeting phrase says it is one of several parties: "three-way talks", "a trilateral meeting".</summary>
    public static bool IsMultiParty(SentenceView view, Trigger trigger)
    {
        var end = Math.Min(view.Tokens.Count, trigger.End + ModifierReach);
        for (var k = trigger.First; k < end; k++)
        {
            if (k >= trigger.End && (view.MentionAt[k] >= 0 || view.Word(k) is "with" or "," or ";" or "."))
            {
                return false;
            }

            if (s_multiParty.Contains(view.Word(k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an adjunct after the meeting's last party names a gathering of several that the meeting was: "met Xi and Putin on
    /// the sidelines for the sixth trilateral summit", "met Kishida and Yoon at Camp David for a three-way summit", "during a
    /// trilateral meeting". Only a gathering preposition ("for", "at", "during", "in") may open it, a few words before the
    /// multi-party word; a comma, another clause or "separately" ("met A and B separately before the trilateral summit")
    /// ends the search.
    /// </summary>
    public static bool HasMultiPartyAdjunct(SentenceView view, int from, int windowEnd)
    {
        var end = Math.Min(Math.Min(view.Tokens.Count, windowEnd), from + AdjunctReach);
        var opened = -1;
        for (var k = from; k < end; k++)
        {
            var w = view.Word(k);
            if (s_adjunctBreaks.Contains(w))
            {
                return false;
            }

            if (s_gatheringPrepositions.Contains(w))
            {
                opened = k;
            }
            else if (opened >= 0 && k - opened <= AdjunctModifierReach && s_multiParty.Contains(w))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The first token of the official a possessor introduces through an office the role words do not know ("Iran's top
    /// security official Ali Shamkhani"), or null: only lower-case words may stand between, and the official must be of the
    /// possessor's own state (<paramref name="code"/>).
    /// </summary>
    public static int? OfficialAfterTitle(SentenceView view, int from, int windowEnd, string code)
    {
        for (var k = from; k < Math.Min(windowEnd, from + TitleReach + 1); k++)
        {
            if (view.MentionOf(k) is { } m)
            {
                return k > from && !m.IsPlace && !m.IsWeak && m.Codes.Count == 1 && m.Code == code ? k : null;
            }

            var w = view.Word(k);
            if (view.Tokens[k].Kind != TokenKind.Word || w.Length == 0 || !char.IsLower(w[0]) || w is "and" or "or" or "in" or "on" or "at" or "to" or "for" or "with" or "by" or "of" or "who" or "which" or "that")
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// After a mention that ends at <paramref name="from"/>, the token after the rest of its name ("al-Aiban", "bin Salman"
    /// is not taken: only capitalised parts) when a list goes on after it (a comma or "and"); otherwise <paramref name="from"/>.
    /// </summary>
    public static int SkipNameTail(SentenceView view, int from, int windowEnd)
    {
        var k = from;
        while (k < windowEnd && k < from + NameTailReach && view.MentionAt[k] < 0 && view.Tokens[k].Kind == TokenKind.Word && IsNamePart(view.Word(k)))
        {
            k++;
        }

        return k > from && k < windowEnd && view.Word(k) is "," or "and" ? k : from;
    }

    // "Aiban", "al-Aiban", "bin-Zayed": a capitalised word or a particle joined to one.
    private static bool IsNamePart(ReadOnlySpan<char> w)
    {
        if (char.IsUpper(w[0]))
        {
            return true;
        }

        var dash = w.IndexOf('-');
        return dash > 0 && dash + 1 < w.Length && char.IsUpper(w[dash + 1]);
    }
}
