using Orkhon.Domain;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// "Chile and Peru agreed to restore ties. … The UN welcomed the agreement": a reaction whose object is a definite noun naming
/// an accord ("the agreement", "the deal", "both deals", "the truce"; class <c>accord</c> of <c>data/lexicon/act-nouns.tsv</c>)
/// answers every party of the accord the story told first, within <see cref="ExtractionOptions.AccordSentences"/> sentences:
/// the sources and targets of the first coded act of signing (057), of relations (054) or of de-escalation (087) and of the
/// acts of the same code and source beside it in that sentence. A mediator ("brokered by China") made no act of that code, so
/// is no party. Nothing is guessed when no accord was coded or when the one reacting is itself a party ("Japan hailed the deal
/// it signed" praises no one).
/// </summary>
internal static class AccordParties
{
    private static readonly WordSet s_accord =
        WordClasses.Load("lexicon.act-nouns.tsv", ActAuthors.ActNounClasses).Lookup("accord");

    /// <summary>
    /// The parties of the accord a reaction's verb names as its object (<see cref="Parties"/>), for a verb of stance (roots 01,
    /// 05, 11, 12) with a subject that acts on a theme (not a noun, not a passive); null otherwise.
    /// </summary>
    public static ActorMention? Reaction(SentenceView view, CodedPhrase phrase, List<EventMention> events, MentionContext context)
    {
        var trigger = phrase.Trigger;
        return trigger.Entry.IsNoun || trigger.Passive || trigger.Entry.Frame != EventFrame.AgentTheme || phrase.Subject.Count == 0
            || !IsStance(phrase.Cameo)
            ? null
            : VoidDeclarations.IsVoidDeclaration(view, trigger) ? VoidedAccordParties(view, phrase, events, context)
            : Parties(view, trigger.End, phrase.Subject, events, context);
    }

    // "Ankara said the accord was null and void": the accord voided inside the phrase's own words (VoidDeclarations).
    private static ActorMention? VoidedAccordParties(SentenceView view, CodedPhrase phrase, List<EventMention> events, MentionContext context)
    {
        var noun = VoidDeclarations.VoidedNoun(view, phrase, static w => s_accord.Contains(w));
        return noun < 0 ? null : PartiesOfNoun(view, noun, phrase.Subject, events, context);
    }

    /// <summary>
    /// The parties of the accord named right after the phrase's verb, as one mention on the noun, each party a code; null when
    /// the object is no accord noun, names its own parties ("the deal with Iran"), or no accord the subject is not party to was coded.
    /// </summary>
    public static ActorMention? Parties(SentenceView view, int determiner, IReadOnlyList<ActorMention> subject, List<EventMention> events, MentionContext context)
    {
        var noun = AccordNounAfter(view, determiner);
        return noun < 0 ? null : PartiesOfNoun(view, noun, subject, events, context);
    }

    // The parties of the accord the noun at noun names (see Parties).
    private static ActorMention? PartiesOfNoun(SentenceView view, int noun, IReadOnlyList<ActorMention> subject, List<EventMention> events, MentionContext context)
    {
        if (NamesItsOwnParties(view, noun))
        {
            return null;
        }

        var parties = PartiesOfLastAccord(events, context, view.Options.AccordSentences);

        // "Japan hailed the deal it signed with Korea": a party's own accord is no act aimed at anyone.
        if (parties.Count < 2 || subject.Any(s => s.Codes.Any(parties.Contains)))
        {
            return null;
        }

        return new ActorMention(noun, noun, parties, null, MentionKind.Coreference, false, false);
    }

    /// <summary>
    /// Whether the stance is background with no day of its own: a verb in the present perfect ("has denounced both deals") in a
    /// sentence with no time phrase. The day the accord was told of is not the day of a stance the writer left undated.
    /// </summary>
    public static bool IsBackground(SentenceView view, Trigger trigger)
    {
        if (view.Times.Count > 0)
        {
            return false;
        }

        for (var k = trigger.First - 1; k >= 0 && k >= trigger.First - PerfectReach; k--)
        {
            if (view.Word(k) is "has" or "have")
            {
                return true;
            }
        }

        return false;
    }

    // How far before the verb its perfect auxiliary may stand ("has long denounced").
    private const int PerfectReach = 3;

    // Only a stance taken on the accord answers its parties: comment (01), praise (05), criticism (11) or rejection (12). "China
    // signed the deal" or "vowed to implement the agreement" is an act of its own, with its own partners.
    private static bool IsStance(CameoCode cameo) => cameo.RootNumber is 1 or 5 or 11 or 12;

    private static void Add(List<string> parties, string code)
    {
        if (!parties.Contains(code))
        {
            parties.Add(code);
        }
    }

    // The parties of the last accord coded in the window, joined by the accords that share a party with it ("Israel signed
    // agreements with the UAE and Bahrain. Netanyahu signed the documents with the UAE's foreign minister…": Israel, the UAE and
    // Bahrain), less every mediator of the window ("in a deal brokered by China": China signed the statement, but is no party).
    // An unrelated accord told before ("Chile and Peru restored ties") is not joined.
    private static List<string> PartiesOfLastAccord(List<EventMention> events, MentionContext context, int sentences)
    {
        var earlier = context.EarlierEvents;
        var window = new List<EventMention>();
        for (var s = Math.Max(0, earlier.Count - sentences); s < earlier.Count; s++)
        {
            window.AddRange(earlier[s]);
        }

        window.AddRange(events);
        var accords = window.Where(e => IsAccord(e.Cameo)).ToList();
        var parties = new List<string>();
        if (accords.Count == 0)
        {
            return parties;
        }

        Add(parties, accords[^1].Source.Code);
        Add(parties, accords[^1].Target.Code);
        for (var grown = true; grown;)
        {
            grown = false;
            foreach (var e in accords.Where(e => parties.Contains(e.Source.Code) != parties.Contains(e.Target.Code)))
            {
                Add(parties, e.Source.Code);
                Add(parties, e.Target.Code);
                grown = true;
            }
        }

        parties.RemoveAll(p => window.Any(e => e.Cameo.Value.StartsWith("045", StringComparison.Ordinal) && e.Source.Code == p));
        return parties;
    }

    private static bool IsAccord(CameoCode cameo) =>
        cameo.IsIn(CameoCode.SignAgreement) || cameo.IsIn(CameoCode.GrantRecognition) || cameo.Value.StartsWith("087", StringComparison.Ordinal);

    // "the agreement", "both deals", "this accord", "the Saudi-Iranian deal" would be a mention and stop the scan.
    private static int AccordNounAfter(SentenceView view, int determiner)
    {
        if (determiner >= view.Tokens.Count || view.Word(determiner) is not ("the" or "this" or "that" or "these" or "those" or "both"))
        {
            return -1;
        }

        return PhraseGrammar.NounAfterDeterminer(view, determiner, static w => s_accord.Contains(w));
    }

    // "the deal with Iran", "the agreement between Kyiv and Moscow", "the deal to free prisoners": the noun's own phrase says whose
    // or which it is. A time phrase after it ("welcomed the agreement on Friday") says neither.
    private static bool NamesItsOwnParties(SentenceView view, int noun)
    {
        var next = noun + 1;
        if (next >= view.Tokens.Count || view.TimeAt[next] >= 0 || (next + 1 < view.Tokens.Count && view.TimeAt[next + 1] >= 0 && view.Word(next) is "on" or "in"))
        {
            return false;
        }

        return view.Word(next) is "by" or "of" or "from" or "to" or "with" or "between" or "among" or "that" or "for" or "signed" or "reached" or "struck";
    }
}
