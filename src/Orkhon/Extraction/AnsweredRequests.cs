using Orkhon.Domain;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// Whom a rejection (root 12) answers when its object is a definite noun naming something asked, offered, demanded or
/// complained of ("Japan's foreign ministry rejected the demand", "Caracas rejected the complaint", "Tokyo turned down the
/// proposal"): those who made it. The one look-up of the last request made to a party: the parties of the nearest phrase that
/// appealed, proposed, demanded, complained, threatened or protested against the one rejecting (roots 02–04, 10, 11, 13), this
/// sentence's events first, then up to <see cref="ExtractionOptions.DeniedAccusationSentences"/> before (all of them when several
/// made it together: "the four states handed Qatar a list of demands … Doha dismissed the demands"); else, when none was
/// coded, the speaker (else the first actor) of the sentence before when that sentence names the one rejecting. A maker the
/// rejecting party already rejected in this sentence or the one before is no new target (the rejection is told twice).
/// Behind <see cref="ExtractionGuards.AnsweredRequests"/>.
/// </summary>
internal static class AnsweredRequests
{
    // phrase-words.tsv, made-request: the nouns that name what a party asked, offered, demanded or complained of.
    private static readonly WordSet s_madeRequests = PhraseGrammar.Words.Lookup("made-request");

    // How many words a made-request noun may stand after its determiner ("the latest U.S. proposal").
    private const int ModifierReach = 3;

    /// <summary>Whether the phrase is a rejection whose object is a definite made-request noun with no author of its own.</summary>
    public static bool AnswersRequest(SentenceView view, CodedPhrase phrase)
    {
        if (phrase.Cameo.RootNumber != 12)
        {
            return false;
        }

        var trigger = phrase.Trigger;
        // The noun may be the phrase's own last word ("dismissed the proposal" is one row) or follow it ("rejected the demand").
        var noun = s_madeRequests.Contains(view.Word(trigger.End - 1)) && trigger.End - 1 > trigger.First ? trigger.End - 1 : -1;
        if (noun < 0 && trigger.End < view.Tokens.Count && PhraseGrammar.IsDefiniteDeterminer(view.Word(trigger.End)))
        {
            for (var k = trigger.End + 1; k < Math.Min(view.Tokens.Count, trigger.End + 1 + ModifierReach); k++)
            {
                if (view.MentionAt[k] >= 0 || view.Tokens[k].Kind != TokenKind.Word)
                {
                    break;
                }

                if (s_madeRequests.Contains(view.Word(k)))
                {
                    noun = k;
                    break;
                }
            }
        }

        // "rejected the request by Ulaanbaatar", "the offer from Washington", "the call of the council": its author is named.
        return noun >= 0 && !(noun + 1 < view.Tokens.Count && view.Word(noun + 1) is "by" or "from" or "of");
    }

    /// <summary>
    /// The makers of the request the rejection answers, as one mention over the subject's span, or null when none is found.
    /// </summary>
    public static ActorMention? Makers(SentenceView view, CodedPhrase phrase, List<EventMention> events, MentionContext context)
    {
        if (!AnswersRequest(view, phrase) || phrase.Subject.Count != 1)
        {
            return null;
        }

        var subject = phrase.Subject[0];
        var code = subject.Code;
        var makers = Requesters(code, events, context, view.Options.DeniedAccusationSentences);
        if (makers.Count == 0)
        {
            // An uncoded request told in the sentence before: its speaker, else its first actor, when that sentence names the rejecter.
            var previous = context.PreviousSentence;
            if (previous.Any(m => m.Codes.Contains(code))
                && (context.PreviousSpeaker ?? previous.FirstOrDefault(m => !m.IsPlace && m.Codes.Count == 1)) is { IsPlace: false, Codes.Count: 1 } speaker
                && !speaker.Codes.Contains(code))
            {
                makers.Add(new ActorRef(speaker.Code, speaker.Role));
            }
        }

        makers.RemoveAll(m => AlreadyRejected(code, m.Code, events, context));
        return makers.Count == 0 ? null
            : new ActorMention(subject.First, subject.Last, makers.ConvertAll(m => m.Code), makers.Count == 1 ? makers[0].Role : null, MentionKind.Coreference, false, false);
    }

    /// <summary>
    /// The sources of the last phrase that asked, offered, demanded, complained, threatened or protested against
    /// <paramref name="code"/> (roots 02–04, 10, 11, 13) in the nearest sentence telling one: this one's <paramref name="events"/>,
    /// else up to <paramref name="sentences"/> before; each party once.
    /// </summary>
    public static List<ActorRef> Requesters(string code, List<EventMention> events, MentionContext context, int sentences)
    {
        var earlier = context.EarlierEvents;
        for (var s = earlier.Count; s >= Math.Max(0, earlier.Count - sentences); s--)
        {
            IReadOnlyList<EventMention> told = s == earlier.Count ? events : earlier[s];
            EventMention? last = null;
            foreach (var e in told)
            {
                if (IsRequest(e, code))
                {
                    last = e;
                }
            }

            if (last is null)
            {
                continue;
            }

            // "the four boycotting states handed Qatar a list of demands": every party of that one phrase.
            var makers = new List<ActorRef>();
            foreach (var e in told)
            {
                if (e.PhraseStart == last.PhraseStart && IsRequest(e, code) && !makers.Exists(m => m.Code == e.Source.Code))
                {
                    makers.Add(e.Source);
                }
            }

            return makers;
        }

        return [];
    }

    private static bool IsRequest(EventMention e, string code) =>
        e.Target.Code == code && e.Source.Code != code && e.Cameo.RootNumber is 2 or 3 or 4 or 10 or 11 or 13;

    // Whether the rejecting party already rejected the maker in this sentence or the one before.
    private static bool AlreadyRejected(string code, string maker, List<EventMention> events, MentionContext context)
    {
        bool Rejects(EventMention e) => e.Cameo.RootNumber == 12 && e.Source.Code == code && e.Target.Code == maker;
        return events.Exists(Rejects) || (context.EarlierEvents.Count > 0 && context.EarlierEvents[^1].Any(Rejects));
    }
}
