using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// "A Turkmen delegation … held talks in Baku on Wednesday": a travelling party (a delegation, an envoy, a team of
/// negotiators) that holds talks in another state's capital with no partner named holds them with that state. Only for
/// meetings and negotiations (root 04) with no object, only a capital (a city is no seat of a partner), and only when the
/// subject's own words say it travelled: a state or a minister "held talks in Geneva" guesses nothing, and neither does a
/// sentence that names an organisation, which may have its seat in that capital.
/// </summary>
internal static class DelegationHosts
{
    /// <summary>Each travelling subject meeting the capital's state, or empty when the rule does not apply.</summary>
    public static List<ActorPair> Pairs(SentenceView view, CodedPhrase phrase)
    {
        var (trigger, subject) = (phrase.Trigger, phrase.Subject);
        // A sentence naming an organisation may tell talks at its seat ("an Iranian delegation held talks in Vienna" with the IAEA).
        if (phrase.Cameo.RootNumber != 4 || trigger.Passive || subject.Count != 1 || subject[0].Codes.Count != 1 || !IsTravellingParty(view, subject[0])
            || view.Found.Any(m => m.Codes.Any(c => ReferenceData.Default.FindOrganisation(c) is not null)))
        {
            return [];
        }

        for (var k = trigger.End; k + 1 < phrase.WindowEnd && k + 1 < view.Tokens.Count; k++)
        {
            if (view.Word(k) is "." or ";" or "," or "with")
            {
                return [];
            }

            if (view.Word(k) is "in" && view.MentionAt[k + 1] >= 0 && view.Found[view.MentionAt[k + 1]] is { Kind: MentionKind.Capital } capital
                && capital.Codes.Count == 1 && capital.Code != subject[0].Code && ReferenceData.Default.FindCountry(capital.Code) is not null)
            {
                return [new ActorPair(subject[0], capital, null)];
            }
        }

        return [];
    }

    // The mention's own last word names a party sent abroad: "a Turkmen delegation", "Iran's envoy", "Chinese negotiators".
    private static bool IsTravellingParty(SentenceView view, ActorMention m) =>
        s_travellingParties.Contains(view.Word(m.Last));

    // phrase-words.tsv, travelling-party.
    private static readonly WordSet s_travellingParties = PhraseGrammar.Words.Lookup("travelling-party");
}
