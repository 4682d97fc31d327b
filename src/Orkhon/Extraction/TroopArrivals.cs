using Orkhon.Domain;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// "Russian paratroopers began arriving in Kazakhstan", "a Mongolian peacekeeping battalion left for South Sudan": forces that
/// arrive in or leave for another state are deployed there (074, military protection or peacekeeping), not on a visit (042),
/// as the corpora code them. Only verbs of movement count ("arrived in", "landed in", "left for"), not "visited" or "toured"; only a unit or body of the military counts, named by a word of the <c>deployed-unit</c> class, never one person holding a military office ("the
/// Indian defence minister arrived in Ulaanbaatar" is a visit); police and officials keep the visit.
/// </summary>
internal static class TroopArrivals
{
    private static readonly CameoCode s_visit = CameoCode.Parse("042");
    private static readonly CameoCode s_deploy = CameoCode.Parse("074");

    // The last word of a body of troops ("paratroopers", "battalion"), from data/lexicon/mention-words.tsv.
    private static readonly WordSet s_units = MentionFinder.Words.Lookup("deployed-unit");

    // Lexicon entries (data/lexicon/events.tsv) that tell a movement into or towards a place, not a visit by name ("visited",
    // "paid a visit", "toured", "attended"): only these are a deployment when a unit moves.
    internal static readonly HashSet<string> Movements = new(StringComparer.Ordinal)
    {
        "visit-arrive", "visit-arrive-at", "visit-arrive-for", "visit-land", "visit-touch-down", "visit-fly", "visit-fly-on", "visit-fly-into",
        "visit-leave-for", "visit-set-off", "visit-head", "visit-go", "visit-come", "visit-travel",
    };

    /// <summary>The code of <paramref name="phrase"/>'s act by <paramref name="source"/>: 074 for a unit's arrival told as a visit.</summary>
    public static CameoCode Code(SentenceView view, CodedPhrase phrase, ActorMention source) =>
        phrase.Cameo == s_visit && Movements.Contains(phrase.Trigger.Entry.Id) && source.Role == ActorRole.Military
            && source.Kind is MentionKind.Adjective or MentionKind.Name && s_units.Contains(view.Word(source.Last)) && !OfficerOf(view, source.First)
            ? s_deploy
            : phrase.Cameo;

    // "The chief of the General Staff of the Polish Armed Forces", "the commander of a Polish battalion": one officer of the unit,
    // whose own office (a person-title word of data/lexicon/mention-words.tsv, or "head", "commander") stands before "of".
    private static bool OfficerOf(SentenceView view, int first)
    {
        for (var k = first - 1; k >= 1 && k >= first - Reach; k--)
        {
            if (view.Word(k) is "of")
            {
                var head = view.Word(k - 1);
                return s_personTitles.Contains(head) || head is "head" or "commander" or "commanders" or "chiefs";
            }
        }

        return false;
    }

    // How far before the unit's name an "of" may stand ("of a new 850-strong Mongolian peacekeeping battalion").
    private const int Reach = 5;

    private static readonly WordSet s_personTitles = MentionFinder.Words.Lookup("person-title");
}
