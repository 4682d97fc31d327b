using Orkhon.Domain;
using Orkhon.Extraction.Lexicon;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// A visit (042) is made by people; a plane, lorry or ship that lands or arrives "carrying" goods delivers them. "Two Egyptian
/// military planes carrying weapons and ammunition landed in Mogadishu" is military aid (072) to the place's state, and
/// "lorries carrying food and medicine arrived in Antakya" humanitarian aid (073), as the news corpus codes such flights. A
/// visit phrase whose subject is a vehicle (class <c>cargo-vehicle</c> of <c>data/lexicon/clause-words.tsv</c>) followed by
/// "carrying" and a cargo (class <c>military-cargo</c> or <c>aid-cargo</c>) is therefore coded as that aid. A vehicle carrying
/// people ("a plane carrying the president") or nothing named stays a visit.
/// </summary>
internal static class CargoArrivals
{
    private static readonly CameoCode s_militaryAid = CameoCode.Parse("072");
    private static readonly CameoCode s_humanitarianAid = CameoCode.Parse("073");
    private static readonly WordSet s_vehicles = ClauseView.Words.Lookup("cargo-vehicle");
    private static readonly WordSet s_military = ClauseView.Words.Lookup("military-cargo");
    private static readonly WordSet s_aid = ClauseView.Words.Lookup("aid-cargo");

    /// <summary>The code of <paramref name="trigger"/>'s act: the aid a vehicle's arrival delivers, else <paramref name="cameo"/>.</summary>
    /// <param name="windowStart">Where the phrase's clause words begin: the end of the phrase before it, or the sentence's start.</param>
    public static CameoCode Recode(SentenceView view, Trigger trigger, int windowStart, CameoCode cameo)
    {
        if (trigger.Entry.Frame != EventFrame.Visit || trigger.Entry.IsNoun || trigger.Passive || !cameo.IsIn(CameoCode.MakeVisit))
        {
            return cameo;
        }

        // "planes carrying weapons and ammunition landed": the vehicle right before "carrying", the cargo after it.
        for (var k = Math.Max(windowStart + 1, 1); k < trigger.First; k++)
        {
            if (view.Word(k) is not "carrying" || !s_vehicles.Contains(view.Word(k - 1)))
            {
                continue;
            }

            var aid = false;
            for (var c = k + 1; c < trigger.First; c++)
            {
                var word = view.Word(c);
                if (s_military.Contains(word))
                {
                    return s_militaryAid;
                }

                aid |= s_aid.Contains(word);
            }

            return aid ? s_humanitarianAid : cameo;
        }

        return cameo;
    }
}
