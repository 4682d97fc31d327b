using Orkhon.Domain;
using Orkhon.Extraction.Clauses;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction;

// Threats: an act announced by a warning is threatened, not done.
internal static partial class ModalityClassifier
{
    /// <summary>
    /// "Moscow warned it would expel more diplomats", "Beijing warned that Vilnius would pay": a threat followed by its own
    /// announced act, with only "that", the act's subject (an actor or "it"/"they"/"we") and "would"/"will" between. The act is
    /// what the threat threatens, and its object is the threat's target.
    /// </summary>
    public static bool IsWarnedAct(SentenceView view, Trigger threat, Trigger next)
    {
        if (threat.Entry.Cameo.Root != CameoCode.Threaten || next.Entry.IsNoun || next.First - threat.End > view.Options.ClaimReach)
        {
            return false;
        }

        // "warned on Friday it would…": the warning's own time phrase may come first.
        var k = threat.End;
        while (k < next.First && view.Blocked[k])
        {
            k++;
        }

        if (k < next.First && view.Word(k) is "that")
        {
            k++;
        }

        var subject = false;
        while (k < next.First && (view.MentionAt[k] >= 0 || PhraseGrammar.IsPartyPronoun(view.Word(k))))
        {
            subject = true;
            k++;
        }

        return subject && k == next.First - 1 && view.Word(k) is "would" or "will";
    }

    // "agreed on Tuesday in Washington to hold…": a preposition opening a time phrase or a named place between the phrase and its
    // infinitive is an adjunct of the governing verb, not a verb of its own.
    private static bool IsAdjunctPreposition(SentenceView view, int k) =>
        view.Word(k) is "in" or "on" or "at" && k + 1 < view.Tokens.Count && (view.Blocked[k + 1] || view.MentionAt[k + 1] >= 0);

    /// <summary>
    /// The threat a conditional hostile act makes (CAMEO root 13), or null when the act is not hostile: sanctions and
    /// embargoes 1312, cut aid 1311, broken relations 1313, halted talks 134, administrative sanctions 132, blockade
    /// 1381, occupation 1382, weapons of mass destruction 1385, other force 138, other reductions of relations 131.
    /// </summary>
    public static CameoCode? ThreatFor(CameoCode act) => act.Value switch
    {
        ['1', '6', '3', ..] => CameoCode.Parse("1312"),
        ['1', '6', '2', ..] => CameoCode.Parse("1311"),
        ['1', '6', '1', ..] => CameoCode.Parse("1313"),
        ['1', '6', '4', ..] => CameoCode.Parse("134"),
        ['1', '6', ..] => CameoCode.Parse("131"),
        ['1', '7', '2', ..] => CameoCode.Parse("132"),
        ['1', '7', ..] => CameoCode.Parse("130"),
        ['1', '9', '1', ..] => CameoCode.Parse("1381"),
        ['1', '9', '2', ..] => CameoCode.Parse("1382"),
        ['2', '0', '4', ..] => CameoCode.Parse("1385"),
        ['1', '8' or '9', ..] or ['2', '0', ..] => CameoCode.Parse("138"),
        _ => null,
    };

    // Assault (18), fight (19) and mass violence (20).
    private static bool IsForce(CameoCode act) => act.Value is ['1', '8' or '9', ..] or ['2', '0', ..];

    private static ClauseModality Threat(CameoCode act) => new(ModalityKind.Threat, ThreatFor(act)!.Value);
}
