using Orkhon.Domain;
using Orkhon.Extraction.Time;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// CAMEO 174 is "expel or deport individuals", 201 "engage in mass expulsion". News tells the two apart by the count of the
/// people sent away: "deported more than 1,000 Colombians", "expelled tens of thousands of Moroccans" is a mass expulsion,
/// "expelled 200 workers" or "deported three suspects" an expulsion of individuals (the news corpus's convention: deporting
/// more than a thousand of a neighbour's nationals is 201, deported suspects are 174). A 174 verb phrase whose object counts a
/// thousand people or more (unarmed people of class <c>mass-victim</c>, or a state's people named by their demonym) is
/// therefore coded 201, and so is one whose object is a population named with no count at all (class
/// <c>expelled-population</c>: "was expelling Chinese residents", "deported Ukrainian children"), as the lexicon's
/// <c>mass-expel</c> row codes "expelled the minority". Diplomats, agents and officers are never counted in thousands, a
/// small count ("three residents") keeps 174, and a count of anything else (days, dollars) names no people.
/// </summary>
internal static class MassExpulsions
{
    /// <summary>The smallest count of people that makes an expulsion a mass expulsion.</summary>
    private const int MassCount = 1000;

    private static readonly CameoCode s_expulsion = CameoCode.Parse("174");
    private static readonly CameoCode s_massExpulsion = CameoCode.Parse("201");
    private static readonly WordSet s_people = ClauseView.Words.Lookup("mass-victim");
    private static readonly WordSet s_population = ClauseView.Words.Lookup("expelled-population");

    /// <summary>The code of <paramref name="trigger"/>'s act: 201 for an expulsion of a thousand people or more, else <paramref name="cameo"/>.</summary>
    public static CameoCode Recode(SentenceView view, Trigger trigger, CameoCode cameo)
    {
        if (cameo != s_expulsion || trigger.Entry.IsNoun || trigger.Passive)
        {
            return cameo;
        }

        var tokens = view.Tokens;
        var end = Math.Min(tokens.Count, trigger.End + view.Options.MassVictimReach);
        var (counted, numbered) = (false, false);
        for (var k = trigger.End; k < end; k++)
        {
            if (tokens[k].Kind == TokenKind.Punctuation && !MassKillings.IsThousandsSeparator(view, k))
            {
                return cameo;
            }

            var word = view.Word(k);
            if (!counted && MassKillings.IsCountOfAtLeast(view, k, MassCount))
            {
                counted = numbered = true;
            }
            else if (counted && (s_people.Contains(word) || NationalPeople.Follows(view, k, officialsOnly: false)))
            {
                return s_massExpulsion;
            }
            else if (!numbered && s_population.Contains(word))
            {
                return s_massExpulsion;
            }

            numbered |= tokens[k].Kind == TokenKind.Number || NumberWords.Cardinals.NumberOf(word) > 0;
        }

        return cameo;
    }
}
