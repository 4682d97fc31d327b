using Orkhon.Domain;
using Orkhon.Extraction.Lexicon;

namespace Orkhon.Extraction;

/// <summary>
/// "Japan's $8 million grant to Mongolia for school construction was announced on 5 June": aid told as a noun whose clause
/// says it was announced, pledged or promised is an intent to give it (033x, the pledge convention of the team corpus), not its
/// delivery (07x), dated by the announcement when the noun has no time phrase of its own.
/// </summary>
internal static class AnnouncedAid
{
    // Words between the aid noun and "was announced" ("grant to Mongolia for school construction was announced": 5).
    private const int PredicateReach = 10;

    // Words between the announcing verb and its time phrase ("was announced on Monday", "was announced in Tokyo on Monday").
    private const int TimeReach = 4;

    /// <summary>The intent code and the announcement's time phrase, when the phrase is aid announced; null otherwise.</summary>
    public static (CameoCode Intent, FuzzyDate? Announced)? Of(SentenceView view, CodedPhrase phrase)
    {
        if (!phrase.Trigger.Entry.IsNoun || phrase.Cameo.RootNumber != 7)
        {
            return null;
        }

        var tokens = view.Tokens;
        for (var k = phrase.Trigger.End; k + 1 < tokens.Count && k - phrase.Trigger.End <= PredicateReach; k++)
        {
            if (view.Word(k) is "." or ";" or "which" or "that" or "who" or "and")
            {
                return null;
            }

            if (!Inflection.IsBe(view.Word(k)) || view.Word(k + 1) is not ("announced" or "pledged" or "promised" or "unveiled"))
            {
                continue;
            }

            FuzzyDate? announced = null;
            for (var j = k + 2; j < tokens.Count && j - k - 2 < TimeReach && announced is null; j++)
            {
                if (view.TimeAt[j] >= 0)
                {
                    announced = view.Times[view.TimeAt[j]].Value;
                }
            }

            var intent = phrase.Cameo.Value switch
            {
                "072" => "0332",
                "073" => "0333",
                "074" => "0334",
                _ => "0331",
            };
            return (CameoCode.Parse(intent), announced);
        }

        return null;
    }
}
