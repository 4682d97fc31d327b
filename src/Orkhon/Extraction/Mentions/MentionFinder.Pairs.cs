using Orkhon.Domain;
using Orkhon.Knowledge;
using Orkhon.Text;

namespace Orkhon.Extraction.Mentions;

/// <summary>
/// The parties "the two countries", "both sides", "the ministers" or "him" stand for: pair nouns and counts, the parties
/// of the last act told, and the person a verb's object pronoun is.
/// </summary>
public sealed partial class MentionFinder
{
    // The index of a pair noun at k or after up to PairModifierReach modifiers ("former", "Soviet", "nuclear-armed"), or -1. A
    // modifier is a word that is no conjunction, preposition or verb of the pair's list ("the two agreed", "both Russia and…").
    private static int PairNounAfter(string text, List<Token> tokens, int k)
    {
        for (var j = k; j < tokens.Count && j <= k + PairModifierReach && tokens[j].Kind == TokenKind.Word; j++)
        {
            var word = tokens[j].In(text);
            if (s_pairLookup.Contains(word))
            {
                return j;
            }

            if (word is "and" or "or" or "of" or "in" or "to" or "with" or "but" || s_pairVerbs.Contains(word))
            {
                return -1;
            }
        }

        return -1;
    }

    // "The two governments signed" after "Modi held talks with his Mongolian counterpart": the parties of the last act told
    // (EventParties), when this sentence has not itself named as many parties before the noun. "Both sides" and "the two sides"
    // are opposing parties and take the last hostile act even when the sentence named others ("Washington condemned…, while
    // China urged restraint on both sides").
    private static IReadOnlyList<string>? ActParties(MentionContext context, List<ActorMention> mentions, ReadOnlySpan<char> noun, int count)
    {
        var opposing = noun is "sides";
        if (!opposing && mentions.Where(m => !m.IsWeak && !m.IsPlace && m.Kind != MentionKind.Coreference).Select(m => m.Code).Distinct().Count() >= count)
        {
            return null;
        }

        var parties = (opposing ? EventParties.Of(context.EarlierEvents, count, opposing: true) : null) ?? EventParties.Of(context.EarlierEvents, count, opposing: false);

        // In the order the story first named them, as a symmetric act's first-mentioned party is its source.
        var recent = context.Recent;
        int FirstNamed(string code)
        {
            for (var k = 0; k < recent.Count; k++)
            {
                if (recent[k].Code == code)
                {
                    return k;
                }
            }

            return int.MaxValue;
        }

        return parties?.OrderBy(FirstNamed).ToList();
    }

    // The parties of the last joint act (EventParties.OfJoint) when each was named by a person or a one-person office, and this
    // sentence has named no party before the noun: "the two presidents" after a call between two presidents are those two.
    private static IReadOnlyList<string>? JointActPeople(MentionContext context, List<ActorMention> mentions, int count)
    {
        if (mentions.Exists(m => !m.IsWeak && !m.IsPlace && m.Kind != MentionKind.Coreference)
            || EventParties.OfJoint(context.EarlierEvents, count) is not { } parties || parties.Count != count)
        {
            return null;
        }

        var recent = context.Recent;
        foreach (var code in parties)
        {
            if (!recent.Any(m => m.Code == code && MentionContext.IsIndividual(m)))
            {
                return null;
            }
        }

        return parties.OrderBy(code => FirstNamed(recent, code)).ToList();
    }

    private static int FirstNamed(IReadOnlyList<ActorMention> recent, string code)
    {
        for (var k = 0; k < recent.Count; k++)
        {
            if (recent[k].Code == code)
            {
                return k;
            }
        }

        return int.MaxValue;
    }

    // The codes to leave out of a pair of states: those given, and every organisation or bloc named so far.
    private static HashSet<string> WithBodies(IReadOnlySet<string>? exclude, IReadOnlyList<ActorMention> recent, List<ActorMention> mentions)
    {
        var left = exclude is null ? new HashSet<string>(StringComparer.Ordinal) : new HashSet<string>(exclude, StringComparer.Ordinal);
        foreach (var m in recent.Concat(mentions))
        {
            if (!ActorMention.IsStateCode(m.Code))
            {
                left.Add(m.Code);
            }
        }

        return left;
    }

    // How many modifiers may stand between "the two" and its pair noun ("the two former Soviet republics": 2).
    private const int PairModifierReach = 2;

    // "two" to "five" after "the" or "his": how many parties a pair noun, a bare "the two" or a partner noun ("his two
    // neighbours", PossessedPartners) stands for; 0 for any other word.
    // "The pair signed…" is "the two" as a noun of its own.
    internal static int PartyCount(ReadOnlySpan<char> w) =>
        w.Equals("two", StringComparison.OrdinalIgnoreCase) || w.Equals("pair", StringComparison.Ordinal) ? 2 : w.Equals("three", StringComparison.OrdinalIgnoreCase) ? 3
        : w.Equals("four", StringComparison.OrdinalIgnoreCase) ? 4 : w.Equals("five", StringComparison.OrdinalIgnoreCase) ? 5 : 0;

    // A word that makes "the two" before it a noun phrase of its own: an auxiliary or verb of the pair's list, or a lower-case
    // past form ("the two agreed", "the two signed"); a noun ("the two men") or a number word does not.
    private static bool StartsBarePairVerb(ReadOnlySpan<char> w) =>
        s_pairVerbs.Contains(w) || PhraseGrammar.IsLowerPastForm(w);

    // "The ministers agreed", "The foreign ministers also signed": the index of a plural office noun (a pair-people noun that
    // names an office, not "the men") right after a sentence-opening "the" and its modifiers, followed by the clause's verb; else -1.
    private static int OfficesOpeningTheSentence(string text, List<Token> tokens, int i)
    {
        if (i > 0 && !Dateline.IsClosingDash(tokens[i - 1].In(text)) && !AfterOpeningAdjunct(text, tokens, i))
        {
            return -1;
        }

        var noun = PairNounAfter(text, tokens, i + 1);
        if (noun < 0 || noun + 1 >= tokens.Count || !s_pairPeople.Contains(tokens[noun].In(text)) || s_pairPrivate.Contains(tokens[noun].In(text)))
        {
            return -1;
        }

        var next = tokens[noun + 1].In(text);
        return StartsBarePairVerb(next) || PhraseGrammar.IsSequenceAdverb(next) || next is "have" or "had" or "will" ? noun : -1;
    }

    // "On the sidelines of the meeting, the foreign ministers signed…", "During the visit, the ministers…": "the" right after the
    // comma that closes one adjunct opening the sentence with a joint-opener (mention-words.tsv), the clause's subject as if it
    // opened the sentence.
    private static bool AfterOpeningAdjunct(string text, List<Token> tokens, int i)
    {
        if (i < 3 || tokens[i - 1].In(text) is not "," || !s_jointOpeners.Contains(tokens[0].In(text)))
        {
            return false;
        }

        for (var k = 1; k < i - 1; k++)
        {
            if (tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }
        }

        return true;
    }

    // A lower-case past or present verb form ("congratulated", "urges"), not a word that may open a clause of its own; or an
    // irregular one whose next noun phrase is its object ("told both leaders", "met the two presidents": class object-past).
    private static bool IsVerbBefore(ReadOnlySpan<char> w) =>
        (w.Length > 3 && char.IsLower(w[0]) && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("es", StringComparison.Ordinal))
            && w is not ("and" or "but" or "as" or "while" or "said" or "says" or "added" or "noted" or "stated"))
        || s_objectPasts.Contains(w);

    // Whether a verb of saying stands before token i. A loop, not a lambda: a lambda over Coreference's parameters would
    // allocate its closure at every word of every sentence.
    private static bool SpeechVerbBefore(string text, List<Token> tokens, int i)
    {
        for (var k = 0; k < i; k++)
        {
            if (s_speechVerbs.Contains(tokens[k].In(text)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOnePerson(ActorMention m) =>
        m.Role is ActorRole.ForeignMinistry or ActorRole.HeadOfState or ActorRole.HeadOfGovernment || m.Kind == MentionKind.Person
        || (MentionContext.IsPersonTitle(m.Title) && !m.IsPlace && m.Codes.Count == 1);

    /// <summary>
    /// "Yoon arrived in Tokyo, and Kishida warmly welcomed him": when a person ends one or two words before the verb that
    /// governs "him" at <paramref name="at"/>, that person is the verb's subject, and "him" is the person of another state
    /// named before in the sentence. Null when no person stands right before the verb or none of another state was named.
    /// "held talks with Kishida, who welcomed him at the palace": the person a relative "who" follows is the subject of its
    /// verb, so "him" is another, as a pronoun object never names its own clause's subject.
    /// </summary>
    private static ActorMention? ObjectPronounOther(string text, List<Token> tokens, int at, List<ActorMention> mentions)
    {
        var subject = mentions.LastOrDefault(IsOnePerson);
        var relative = subject is not null && subject.Last + 2 < at && tokens[subject.Last + 1].In(text) is "," && tokens[subject.Last + 2].In(text) is "who";
        var from = relative ? subject!.Last + 3 : subject?.Last + 1;
        if (subject is null || subject.Last >= at || at - from > 2)
        {
            return null;
        }

        for (var k = from!.Value; k < at; k++)
        {
            if (tokens[k].Kind != TokenKind.Word || tokens[k].In(text) is "and" or "or" or "to" or "of" or "with" or "by")
            {
                return null;
            }
        }

        // After "who" the other is a person named as one, never a seat of power ("Johnson, who left Downing Street, met Zelenskiy,
        // who thanked him": Downing Street is not the one thanked).
        return mentions.LastOrDefault(m => m != subject && m.Last < subject.First && m.Code != subject.Code && IsOnePerson(m) && !(relative && (m.IsPlace || m.Kind == MentionKind.Capital)));
    }
}
