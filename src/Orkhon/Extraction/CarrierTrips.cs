using Orkhon.Domain;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// A visit (042) is made by people. A company's name right before a craft ("an Aeroflot plane flew to Havana", "a Boeing jet
/// operated by … landed in Tehran", "a Maersk vessel arrived in Port Sudan") modifies the craft: the craft travels, on a
/// scheduled flight or a delivery, and its company's home state visits no one. A visit whose every subject is such a
/// company (role <c>business</c>) right before a craft noun, or whose name ends in one, or a state's name inside an airline's
/// name (class <c>carrier-name</c>: "Singapore Airlines", "Air India") right before one, (class <c>cargo-vehicle</c> of
/// <c>data/lexicon/clause-words.tsv</c>) is therefore no event. The company's people ("Samsung's chairman flew to Hanoi"), a
/// state's craft (military planes, which are no company's), and a company as the target of another act ("forced a Ryanair
/// flight to land", which the corpus README codes towards the airline's state) are untouched; craft that carry aid are
/// recoded before this by <see cref="CargoArrivals"/>. Switch: <see cref="ExtractionGuards.CarrierTrips"/>.
/// </summary>
internal static class CarrierTrips
{
    private static readonly WordSet s_craft = ClauseView.Words.Lookup("cargo-vehicle");

    /// <summary>Whether <paramref name="phrase"/> is a visit told of companies' craft only.</summary>
    public static bool IsCraftsTrip(SentenceView view, CodedPhrase phrase) =>
        phrase.Cameo.IsIn(CameoCode.MakeVisit) && phrase.Subject.Count > 0 && phrase.Subject.All(s => IsCompanysCraft(view, s));

    // The craft noun right after the company's name, or closing the mention itself ("a Maersk vessel" read as one name); or a
    // state's name inside an airline's ("a Singapore Airlines flight", "an Air India plane") right before the craft noun.
    private static bool IsCompanysCraft(SentenceView view, ActorMention subject)
    {
        if (subject.IsPossessive)
        {
            return false;
        }

        var next = subject.Last + 1;
        if (subject.Role == ActorRole.Business)
        {
            return s_craft.Contains(view.Word(subject.Last)) || (next < view.Tokens.Count && s_craft.Contains(view.Word(next)));
        }

        if (next < view.Tokens.Count && IsCarrierName(view, next))
        {
            next++;
        }
        else if (!(subject.First > 0 && IsCarrierName(view, subject.First - 1)))
        {
            return false;
        }

        return next < view.Tokens.Count && s_craft.Contains(view.Word(next));
    }

    // Capitalised, as part of a name: "air" and "lines" in lower case are common nouns ("by air", "front lines").
    private static bool IsCarrierName(SentenceView view, int k) => view.Word(k) is [var first, ..] && char.IsUpper(first) && s_carrierNames.Contains(view.Word(k));

    private static readonly WordSet s_carrierNames = ClauseView.Words.Lookup("carrier-name");
}
