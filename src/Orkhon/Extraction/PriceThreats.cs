using Orkhon.Domain;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// "China's foreign minister said the Czech senate speaker … would pay a heavy price", "Moscow warned that Kyiv will pay a high
/// price": a speaker who says another party will pay a price for what it did threatens it (130). The payer is the first actor
/// of the reported clause, right after the verb of saying (or its "that"); the speaker is that verb's subject; the two must
/// be different states. Nothing when the sentence already codes a threat between them.
/// </summary>
internal static class PriceThreats
{
    private static readonly CameoCode s_threaten = CameoCode.Parse("130");
    private static readonly WordSet s_priceFillers = PhraseGrammar.Words.Lookup("price-report-filler");

    // Words between "pay" and "price" ("pay a heavy price", "pay the highest possible price": at most four).
    private const int PriceReach = 4;

    private static readonly WordBits s_payBits = WordBits.Of("pay", "pays", "paying");

    /// <summary>The price threats of the sentence, after its own events were coded.</summary>
    public static List<EventMention> Find(SentenceView view, List<EventMention> events, FuzzyDate? sentenceDate)
    {
        // Every event this stage makes has an actor mention of the sentence for a party: a sentence with none (most) is not scanned.
        if (view.Found.Count == 0 || !view.MayHoldAny(s_payBits))
        {
            return [];
        }

        var result = new List<EventMention>();
        var tokens = view.Tokens;
        for (var k = 1; k + 2 < tokens.Count; k++)
        {
            if (view.Word(k) is not ("pay" or "pays" or "paying") || view.Word(k + 1) is not ("a" or "the" or "any" or "dearly"))
            {
                continue;
            }

            var price = -1;
            for (var j = k + 1; j < tokens.Count && j - k <= PriceReach + 1 && view.MentionAt[j] < 0; j++)
            {
                if (view.Word(j) is "price" || view.Word(j) is "dearly")
                {
                    price = j;
                    break;
                }
            }

            if (price < 0 || ReportingSpeakers.First(view, k) is not var (verb, speaker))
            {
                continue;
            }

            if (ReportingSpeakers.ReportedSubject(view, verb, k, s_priceFillers) is not { } payer
                || payer.Code == speaker.Code
                || CodedRoots.Codes(events, 13, speaker.Code, payer.Code))
            {
                continue;
            }

            result.Add(new EventMention(new ActorRef(speaker.Code, speaker.Role), new ActorRef(payer.Code, payer.Role), s_threaten, sentenceDate,
                view.Start, view.End, view.SentenceText, tokens[k].Start, tokens[price].End, "threaten-pay-price",
                view.Options.DirectConfidence - view.Options.IndirectPenalty, null));
        }

        return result;
    }
}
