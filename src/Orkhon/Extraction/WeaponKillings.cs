using Orkhon.Domain;
using Orkhon.Extraction.Clauses;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// CAMEO 18 ("assault") is unconventional violence, 19 ("fight") the use of conventional military force. A killing told as the
/// toll of an army's fire is that fire, not a second, unconventional act: "Cambodian forces fired rockets into Thai territory,
/// killing 11 civilians" is the rocket fire (19) and "rockets fired from across the border hit a market, killing civilians"
/// as well. A plain killing (1823) is therefore coded as the fight when it is a participial clause after a fighting phrase
/// (root 19: the fight's own code, which merges with it), or when the words of its clause before it name a conventional
/// weapon (class <c>artillery-weapon</c> of <c>data/lexicon/clause-words.tsv</c>, 194, or <c>aerial-weapon</c>, 195).
/// Assassinations (186) and mass killings (202) are recoded before and keep their codes, and so does the killing of one titled
/// person ("killed a general"); a gunman, a bomb or a bare attack names no army's weapon.
/// </summary>
internal static class WeaponKillings
{
    private static readonly CameoCode s_killing = CameoCode.Parse("1823");
    private static readonly CameoCode s_artillery = CameoCode.Parse("194");
    private static readonly CameoCode s_aerial = CameoCode.Parse("195");
    private static readonly WordSet s_artilleryWeapons = ClauseView.Words.Lookup("artillery-weapon");
    private static readonly WordSet s_aerialWeapons = ClauseView.Words.Lookup("aerial-weapon");

    /// <summary>The code of phrase <paramref name="index"/>: the fight whose toll it tells, else <paramref name="cameo"/>.</summary>
    /// <param name="windowStart">Where the phrase's clause words begin: the end of the phrase before it, or the sentence's start.</param>
    public static CameoCode Recode(SentenceView view, List<Trigger> triggers, int index, int windowStart, CameoCode cameo)
    {
        var trigger = triggers[index];
        if (cameo != s_killing || trigger.Entry.IsNoun || trigger.Passive)
        {
            return cameo;
        }

        // "A missile strike killed a Ukrainian general": a strike aimed at one titled person is a targeted killing (the
        // corpus README's news-ae call), not the toll of an army's fire.
        if (TargetedKillings.KillsTitledPerson(view, trigger))
        {
            return cameo;
        }

        // "fired rockets into Thai territory, killing 11 civilians": the fight just told.
        if (index > 0 && ParticipialClauses.IsAdjunct(view, trigger.First) && triggers[index - 1].Entry.Cameo.RootNumber == 19
            && !triggers[index - 1].Entry.IsNoun)
        {
            return triggers[index - 1].Entry.Cameo;
        }

        // "rockets fired from Cambodia hit a petrol station, killing civilians", "Russian missiles killed 20 people": the weapon
        // named in the clause before the killing, with no sentence break between.
        for (var k = trigger.First - 1; k >= windowStart; k--)
        {
            var word = view.Word(k);
            if (word is ";" or ":")
            {
                break;
            }

            if (s_artilleryWeapons.Contains(word))
            {
                return s_artillery;
            }

            if (s_aerialWeapons.Contains(word))
            {
                return s_aerial;
            }
        }

        return cameo;
    }
}
