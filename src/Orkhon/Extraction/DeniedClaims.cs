using Orkhon.Domain;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// "Japan protested over the radar lock-on. … South Korea's military denied aiming the radar at the aircraft": a party that
/// denies what it was accused of, told by "denied" with a clause ("denied that Belgrade had any part in the attack") or an -ing
/// form ("denied using poison gas") rather than by a noun ("denied the accusations", which the lexicon codes), rejects the
/// accusation (016) of every party that accused, criticised or protested against it (root 11) in the nearest sentence that tells
/// such an act, this one or up to <see cref="ExtractionOptions.DeniedAccusationSentences"/> before (<see cref="DeniedCharges.Chargers"/>, the one
/// look-up every denial uses), else the other party of a hostile deed told of or against it a few sentences back
/// (<see cref="DeniedCharges.DeedParties"/>). The content is never the target: a state named in it is the denier's own or the
/// accused act's. Nothing when neither was coded or the denial is negated.
/// </summary>
internal static class DeniedClaims
{
    /// <summary>The denials the sentence tells this way, after its own events were coded, dated <paramref name="date"/>.</summary>
    public static List<EventMention> Find(SentenceView view, List<EventMention> events, MentionContext context, FuzzyDate? date)
    {
        // Every event this stage makes has an actor mention of the sentence for a party: a sentence with none (most) is not scanned.
        if (view.Found.Count == 0)
        {
            return [];
        }

        var result = new List<EventMention>();
        var tokens = view.Tokens;
        for (var k = 1; k + 1 < tokens.Count; k++)
        {
            if (view.Word(k) is not ("denied" or "denies" or "deny" or "denying") || !OpensContent(view, k + 1))
            {
                continue;
            }

            // The denier: the actor right before the verb, past auxiliaries, adverbs and a time phrase ("has flatly denied", "a
            // spokesman on Thursday denied"); none after "not".
            var j = k - 1;
            while (j > 0 && k - j <= TimeReach && view.MentionAt[j] < 0 && (IsAuxiliaryOrAdverb(view.Word(j)) || IsInTimePhrase(view, j)))
            {
                j--;
            }

            if (view.MentionAt[j] < 0 || view.Found[view.MentionAt[j]] is not { IsPlace: false, Codes.Count: 1 } denier || HasNegationBetween(view, j, k))
            {
                continue;
            }

            var code = denier.Code;
            if (HasDenialBy(events, code))
            {
                continue;
            }

            // No charge coded: the denial answers the report of a hostile deed told of or against the denier (DeedParties).
            var answered = DeniedCharges.Chargers(code, events, context, view.Options.DeniedAccusationSentences);
            if (answered.Count == 0)
            {
                answered = DeniedCharges.DeedParties(code, events, context, view.Options.DeniedAccusationSentences);
            }

            foreach (var accuser in answered)
            {
                result.Add(new EventMention(new ActorRef(code, denier.Role), accuser, DeniedCharges.Denial, date, view.Start, view.End, view.SentenceText,
                    tokens[k].Start, tokens[k + 1].End, "deny-claim", view.Options.DirectConfidence - view.Options.IndirectPenalty, null));
            }
        }

        return result;
    }

    // A loop, not a lambda: a closure over the loop's locals would be allocated at every token of every sentence.
    private static bool HasDenialBy(List<EventMention> events, string code)
    {
        foreach (var e in events)
        {
            if (e.Cameo == DeniedCharges.Denial && e.Source.Code == code)
            {
                return true;
            }
        }

        return false;
    }

    // "denied that …", "denied there had been …" or "denied aiming …": a clause or an -ing form, not a noun ("denied the
    // accusation", "denied entry").
    private static bool OpensContent(SentenceView view, int k)
    {
        if (view.MentionAt[k] >= 0 || view.Tokens[k].Kind != TokenKind.Word)
        {
            return false;
        }

        var w = view.Word(k);
        return w is "that" or "having" or "there" || (PhraseGrammar.IsLowerIngForm(w) && w is not ("during" or "following" or "nothing" or "anything" or "wrongdoing"));
    }

    // Tokens a time phrase and an adverb or two may take between the denier and the verb ("on Thursday", "late on Monday").
    private const int TimeReach = 6;

    // A token of a time phrase, or the preposition that opens one ("on" of "on Thursday").
    private static bool IsInTimePhrase(SentenceView view, int j) =>
        view.TimeAt[j] >= 0 || (view.Word(j) is "on" or "in" or "at" && j + 1 < view.Tokens.Count && view.TimeAt[j + 1] >= 0);

    private static bool IsAuxiliaryOrAdverb(ReadOnlySpan<char> w) =>
        Inflection.IsFiniteHave(w) || w is "also" or "again" or "not" or "never" or "did" or "does" || PhraseGrammar.IsLyAdverb(w);

    private static bool HasNegationBetween(SentenceView view, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (view.Word(k) is "not" or "never" or "n't")
            {
                return true;
            }
        }

        return false;
    }
}
