using Orkhon.Domain;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// "… the United States would defend the Philippines if Chinese vessels attacked Philippine ships", "Seoul will respond
/// strongly if Pyongyang fires another missile": a response promised on condition of another party's hostile act is a
/// threat against that party (issue 9, modality as codes: a conditional hostile act is 13x). Force promised (defend, protect,
/// retaliate, strike, intervene, fight) is 138; a response of no stated kind (respond, react, act) is 130. The conditional
/// act itself stays uncoded, as every hypothetical act does.
/// </summary>
internal static class ConditionalThreats
{
    // phrase-words.tsv, conditional-force-verb and conditional-response-verb.
    private static readonly WordSet s_forceVerbs = PhraseGrammar.Words.Lookup("conditional-force-verb");
    private static readonly WordSet s_responseVerbs = PhraseGrammar.Words.Lookup("conditional-response-verb");

    private static readonly CameoCode s_force = CameoCode.Parse("138");
    private static readonly CameoCode s_generic = CameoCode.Parse("130");

    // Words between the promised verb and "if" ("would defend the Philippines if": its object and a few words more).
    private const int ConditionReach = 8;

    // Words between the conditional party and its hostile verb ("if Chinese vessels attacked", "if Russia were to attack").
    private const int ActReach = 4;

    private static readonly WordBits s_ifBits = WordBits.Of("if");

    /// <summary>The conditional threats of the sentence, after its own events were coded.</summary>
    public static List<EventMention> Find(SentenceView view, IReadOnlyList<Trigger> triggers, List<EventMention> events, FuzzyDate? sentenceDate)
    {
        // Most sentences hold no "if" and are not scanned.
        if (!view.MayHoldAny(s_ifBits))
        {
            return [];
        }

        var result = new List<EventMention>();
        var (tokens, found, mentionAt) = (view.Tokens, view.Found, view.MentionAt);
        for (var k = 2; k + 2 < tokens.Count; k++)
        {
            if (view.Word(k) is not "if")
            {
                continue;
            }

            // The promise before "if": "<X> would|will [adverb] <verb> …".
            CameoCode? code = null;
            var aux = -1;
            for (var j = k - 1; j >= 1 && k - j <= ConditionReach && view.Word(j) is not ("," or "." or ";") && code is null; j--)
            {
                if (view.Word(j) is not ("would" or "will"))
                {
                    continue;
                }

                var v = j + 1;
                if (v < k && (view.Word(v).EndsWith("ly", StringComparison.Ordinal) || view.Word(v) is "also"))
                {
                    v++;
                }

                code = v >= k ? null
                    : s_forceVerbs.Contains(view.Word(v)) ? s_force
                    : s_responseVerbs.Contains(view.Word(v)) ? s_generic
                    : null;
                aux = j;
            }

            if (code is not { } threat || mentionAt[aux - 1] < 0 || found[mentionAt[aux - 1]] is not { IsPlace: false } threatener || threatener.Codes.Count != 1)
            {
                continue;
            }

            // The condition: another party's hostile act right after "if".
            var y = view.Word(k + 1) is "the" ? k + 2 : k + 1;
            if (y >= tokens.Count || mentionAt[y] < 0 || found[mentionAt[y]] is not { IsPlace: false } party || party.Codes.Count != 1 || party.Code == threatener.Code
                || !HostileActAfter(triggers, party)
                || CodedRoots.Codes(events, 13, threatener.Code, party.Code)
                || Pairs(result, threatener.Code, party.Code))
            {
                continue;
            }

            var date = LastBefore(events, threatener.Code, tokens[k].Start)?.Date ?? sentenceDate;
            result.Add(new EventMention(new ActorRef(threatener.Code, threatener.Role), new ActorRef(party.Code, party.Role), threat, date,
                view.Start, view.End, view.SentenceText, tokens[aux].Start, tokens[k].End, "threaten-conditional-response",
                view.Options.DirectConfidence - view.Options.IndirectPenalty, null));
        }

        return result;
    }

    // The three tests below are loops rather than lambdas in the loop above: a lambda's closure is allocated on entering the
    // scope of the variables it captures, there at every token.

    // A hostile verb (17–20) right after the conditional party.
    private static bool HostileActAfter(IReadOnlyList<Trigger> triggers, ActorMention party)
    {
        foreach (var t in triggers)
        {
            if (!t.Entry.IsNoun && t.Entry.Cameo.RootNumber >= 17 && t.First > party.Last && t.First - party.Last <= ActReach)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Pairs(List<EventMention> events, string source, string target)
    {
        foreach (var e in events)
        {
            if (e.Source.Code == source && e.Target.Code == target)
            {
                return true;
            }
        }

        return false;
    }

    // The last event of the source told before the given character.
    private static EventMention? LastBefore(List<EventMention> events, string source, int before)
    {
        for (var i = events.Count - 1; i >= 0; i--)
        {
            if (events[i].Source.Code == source && events[i].PhraseStart < before)
            {
                return events[i];
            }
        }

        return null;
    }
}
