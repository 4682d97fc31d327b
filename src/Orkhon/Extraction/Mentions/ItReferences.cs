using System.Collections.Frozen;
using System.Globalization;
using Orkhon.Text;

namespace Orkhon.Extraction.Mentions;

/// <summary>
/// What "it" stands for, by agreement of kind: "it" names a state, an organisation or a body, never a person, and the
/// nearest compatible party in its own clause comes first.
/// <list type="bullet">
/// <item>The subject "it" of a reported clause is its own speaker: "Russia said on Saturday it was expelling…", "Kazakhstan's
/// energy ministry said it…" (the speaker right before the verb, a time phrase or "that" between allowed); "The Netherlands
/// accused Moscow of hacking the OPCW, and said it had expelled…" (a verb of saying after "and" shares the clause's subject,
/// not the organisation named last). A speaker that is no party ("the ship's owner said it", "the army said it" with no army
/// known) leaves "it" unread rather than giving it to the last state named; a person speaker leaves the older rule.</item>
/// <item>The object "it" after a verb ("urged it to", "criticised it for", "accused it of") is the last state or organisation
/// the sentence named that is not its subject's party; a person ("Putin") is no antecedent of "it".</item>
/// </list>
/// </summary>
internal static class ItReferences
{
    /// <summary>How a reported "it" was read: the speaker, no party at all, or not this rule's case.</summary>
    public enum Reading
    {
        NotApplicable,
        Speaker,
        Nobody,
    }

    // Words that may stand between a verb of saying and its "it" or between the speaker and the verb (speech-filler in
    // data/lexicon/mention-words.tsv); weekday and month names are added. Matched as written: "Sept" and "." are tokens.
    private static readonly FrozenSet<string> s_between = AsWritten("speech-filler");

    private static readonly FrozenSet<string> s_calendarNames = FrozenSet.ToFrozenSet(
        CultureInfo.InvariantCulture.DateTimeFormat.DayNames
            .Concat(CultureInfo.InvariantCulture.DateTimeFormat.MonthNames)
            .Concat(CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames)
            .Where(n => n.Length > 0),
        StringComparer.Ordinal);

    // How many such words may stand between (a weekday and a date: "on Sept. 3").
    private const int BetweenReach = 5;

    // How long a relative clause between a speaker and its verb may be ("The firm, which called the group Vicious Panda, said it").
    private const int RelativeReach = 20;

    // The words that open a relative clause (relative in data/lexicon/clause-words.tsv): "which", "who", "whose".
    private static readonly WordSet s_relatives = ClauseView.Words.Lookup("relative");

    // Verbs whose object is a party acted on, and the prepositions after an object "it" that make it that party ("urged it to",
    // "accused it of", "blamed it for"): party-verb and party-preposition in data/lexicon/mention-words.tsv.
    private static readonly FrozenSet<string> s_partyVerbs = AsWritten("party-verb");
    private static readonly FrozenSet<string> s_partyPrepositions = AsWritten("party-preposition");

    /// <summary>
    /// The speaker a lower-case "it" at token <paramref name="i"/> stands for when it opens a clause reported by a verb of
    /// saying (<paramref name="speechVerbs"/>); <see cref="Reading.Nobody"/> when that speaker is no party.
    /// </summary>
    public static (Reading Reading, ActorMention? Speaker) ReportedSpeaker(string text, List<Token> tokens, int i, IReadOnlyList<ActorMention> mentions,
        WordSet speechVerbs)
    {
        if (i < 2 || !tokens[i].In(text).Equals("it", StringComparison.Ordinal))
        {
            return (Reading.NotApplicable, null);
        }

        var verb = Skip(text, tokens, i - 1);
        if (verb < 1 || !speechVerbs.Contains(tokens[verb].In(text)))
        {
            return (Reading.NotApplicable, null);
        }

        var before = Skip(text, tokens, verb - 1);
        if (before < 0)
        {
            return (Reading.NotApplicable, null);
        }

        // "The firm, which named the group…, said it": a relative clause set off by commas stands between the speaker and its
        // verb; the speaker is the noun before it.
        before = HeadBeforeRelativeClause(text, tokens, before);

        // ", and said it …", "but said it": the speaker is the clause's subject, the first party the sentence named.
        if (tokens[before].In(text) is "and" or "but")
        {
            var subject = FirstParty(mentions, before);
            return subject is null || IsPerson(subject) ? (Reading.NotApplicable, null) : (Reading.Speaker, subject);
        }

        ActorMention? speaker = null;
        foreach (var m in mentions)
        {
            if (m.Last == before)
            {
                speaker = m;
            }
        }

        if (speaker is null)
        {
            // "the ship's owner said it", "the army said it": a noun that is no party; "it" is that speaker, not the last state.
            var w = tokens[before].In(text);
            return tokens[before].Kind == TokenKind.Word && w.Length > 2 && char.IsLower(w[0]) && !speechVerbs.Contains(w)
                ? (Reading.Nobody, null)
                : (Reading.NotApplicable, null);
        }

        // "The Russian embassy in Washington said it": a place is where the speaker sits, not the speaker; the older rule reads it.
        if (speaker.IsWeak || speaker.IsPlace || speaker.Kind is MentionKind.Place || IsPerson(speaker) || speaker.Codes.Count != 1)
        {
            return (Reading.NotApplicable, null);
        }

        return (Reading.Speaker, speaker);
    }

    /// <summary>
    /// The party an object "it" at token <paramref name="i"/> stands for ("urged it to", "criticised it for"): the last state or
    /// organisation the sentence named before it whose code is not its first party's; null when the rule does not apply.
    /// </summary>
    public static ActorMention? ObjectParty(string text, List<Token> tokens, int i, IReadOnlyList<ActorMention> mentions)
    {
        if (!IsPartyObject(text, tokens, i))
        {
            return null;
        }

        var subject = FirstParty(mentions, i);
        if (subject is null)
        {
            return null;
        }

        for (var k = mentions.Count - 1; k >= 0; k--)
        {
            var m = mentions[k];
            if (m.Last < i && !m.IsWeak && (!IsPerson(m) || IsStatesOffice(text, tokens, m)) && m.Codes.Count == 1 && m.Kind != MentionKind.Coreference
                && m.Kind is not MentionKind.Place && !m.Code.Equals(subject.Code, StringComparison.Ordinal))
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>Whether "it" at token <paramref name="i"/> is the party a verb acts on ("urged it to", "accused it of"): a target.</summary>
    public static bool IsPartyObject(string text, List<Token> tokens, int i) =>
        i >= 2 && i + 1 < tokens.Count && tokens[i].In(text).Equals("it", StringComparison.Ordinal)
        && s_partyPrepositions.Contains(tokens[i + 1].TextIn(text)) && s_partyVerbs.Contains(tokens[i - 1].TextIn(text));

    /// <summary>
    /// When token <paramref name="comma"/> is the comma closing a non-restrictive relative clause (", which …,", ", who …,"), the
    /// token before the clause's opening comma: the noun the clause describes; else <paramref name="comma"/> itself. The clause
    /// may hold no comma of its own and at most <see cref="RelativeReach"/> tokens.
    /// </summary>
    private static int HeadBeforeRelativeClause(string text, List<Token> tokens, int comma)
    {
        if (!tokens[comma].In(text).Equals(",", StringComparison.Ordinal))
        {
            return comma;
        }

        for (var k = comma - 1; k >= 2 && comma - k <= RelativeReach; k--)
        {
            var w = tokens[k].In(text);
            if (w.Equals(",", StringComparison.Ordinal) || w.Equals(".", StringComparison.Ordinal))
            {
                return comma;
            }

            if (s_relatives.Contains(w) && tokens[k - 1].In(text).Equals(",", StringComparison.Ordinal))
            {
                return k - 2;
            }
        }

        return comma;
    }

    // Back from token k over time words and auxiliaries; the first other token, or -1.
    private static int Skip(string text, List<Token> tokens, int k)
    {
        for (var n = 0; k >= 0 && n <= BetweenReach; n++, k--)
        {
            var w = tokens[k].TextIn(text);
            if (!(s_between.Contains(w) || s_calendarNames.Contains(w) || (w.Length <= 4 && w.All(char.IsDigit))))
            {
                return k;
            }
        }

        return -1;
    }

    // The first party of the sentence before token end: not a place, not weak.
    private static ActorMention? FirstParty(IReadOnlyList<ActorMention> mentions, int end)
    {
        foreach (var m in mentions)
        {
            if (m.First >= end)
            {
                break;
            }

            if (!m.IsPlace && !m.IsWeak && m.Kind != MentionKind.Place)
            {
                return m;
            }
        }

        return null;
    }

    // "expelled Latvia's envoy, accusing it of…": an office named by its state's possessive, with no person's name, lets "it"
    // stand for the state; "Putin" or "the foreign minister" never does.
    private static bool IsStatesOffice(string text, List<Token> tokens, ActorMention m)
    {
        if (m.PersonName is not null)
        {
            return false;
        }

        for (var k = m.First; k < m.Last; k++)
        {
            if (tokens[k].In(text).Equals("'s", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // A person, named or by a one-person office or a pronoun ("Putin", "the foreign minister", "he").
    private static bool IsPerson(ActorMention m) =>
        MentionContext.IsIndividual(m) || m.PersonName is not null || MentionContext.IsPersonTitle(m.Title);

    // A class of the mention words compared as written, as this rule has always read them (the file's sets ignore case).
    private static FrozenSet<string> AsWritten(string name) => MentionFinder.Words.Of(name).ToFrozenSet(StringComparer.Ordinal);
}
