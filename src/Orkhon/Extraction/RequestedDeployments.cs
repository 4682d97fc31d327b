using Orkhon.Domain;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// "Saudi Arabia sent troops into Bahrain at the request of its rulers", "sent paratroopers in at the invitation of the
/// government": troops sent into a state with its consent protect it (074, CAMEO's "provide military protection or
/// peacekeeping"; the news corpus codes troops arriving at a government's request so), they do not occupy it (192). The
/// consent is read after the phrase in its clause: "at" or "on", then within a few words a <c>host-consent</c> noun of
/// <c>data/lexicon/phrase-words.tsv</c> ("request", "invitation", "behest"). Troops sent in with no such words stay 192.
/// </summary>
internal static class RequestedDeployments
{
    // "at the request of", "at the Bahraini government's request": the words between "at" and the noun.
    private const int ConsentReach = 5;

    private static readonly WordSet s_consentNouns = PhraseGrammar.Words.Lookup("host-consent");
    private static readonly CameoCode s_occupy = CameoCode.Parse("192");

    /// <summary>The code 074 when the phrase sends troops in (192) at the host's request or invitation; null otherwise.</summary>
    public static CameoCode? Of(SentenceView view, CodedPhrase phrase)
    {
        if (phrase.Cameo != s_occupy || phrase.Trigger.Entry.IsNoun || phrase.Trigger.Passive)
        {
            return null;
        }

        var end = view.Tokens.Count;
        for (var k = phrase.Trigger.End; k < end; k++)
        {
            var w = view.Word(k);
            if (w is ";" || (w is "," && k + 1 < end && view.Word(k + 1) is "but" or "while" or "and"))
            {
                return null;
            }

            if (w is not ("at" or "on"))
            {
                continue;
            }

            for (var j = k + 1; j < Math.Min(end, k + 1 + ConsentReach); j++)
            {
                if (s_consentNouns.Contains(view.Word(j)))
                {
                    return CameoCode.ProvideMilitaryProtection;
                }

                if (view.Word(j) is "," or ";" or ".")
                {
                    break;
                }
            }
        }

        return null;
    }
}
