using Orkhon.Domain;
using Orkhon.Extraction.Clauses;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction;

// Governed acts: the auxiliary a coordinated phrase shares, and the intent or request a governing verb makes of its act.
internal static partial class ModalityClassifier
{
    /// <summary>Whether a phrase is the second of two coordinated verb phrases ("… and attend", "… or meet"), which share one auxiliary.</summary>
    public static bool SharesAuxiliary(SentenceView view, Trigger trigger)
    {
        var k = trigger.First - 1;
        while (k >= 0 && PhraseGrammar.IsSequenceAdverb(view.Tokens[k].In(view.Text)))
        {
            k--;
        }

        return k >= 0 && view.Tokens[k].In(view.Text) is "and" or "or" or "nor";
    }

    /// <summary>The modality a coordinated phrase takes from the one before it, for its own act.</summary>
    public static ClauseModality Share(ClauseModality previous, CameoCode act) => previous.Kind switch
    {
        ModalityKind.Intent when IntentFor(act) is { } intent => new ClauseModality(ModalityKind.Intent, intent),
        ModalityKind.Threat when ThreatFor(act) is { } threat => new ClauseModality(ModalityKind.Threat, threat),
        ModalityKind.Intent when act.Root == CameoCode.ExpressIntentToCooperate => new ClauseModality(ModalityKind.Fact, act),
        _ => new ClauseModality(ModalityKind.Nothing, act),
    };

    /// <summary>
    /// The intent a planned act states (CAMEO root 03): to meet (036) or mediate (039) for consultations, to cooperate
    /// diplomatically (032) or materially (031x), to give aid (033x), to yield (035x) or reform (034x), keeping the sub-code where
    /// CAMEO has one; null when CAMEO has no such intent. The mapping is data (<see cref="IntentCodes"/>).
    /// </summary>
    public static CameoCode? IntentFor(CameoCode act) => IntentCodes.Of(act);

    /// <summary>
    /// The code of an appeal (02), intent (03), demand (10) or refusal (12) whose content is <paramref name="act"/>, following
    /// CAMEO's parallel sub-codes: "urged X to release" 0253, "demanded that X withdraw" 1056, "refused to lift sanctions"
    /// 1244, "pledged to free" 0353, "asked X to mediate" 028. Null when <paramref name="governing"/> is already specific
    /// (a row that names its object knows better) or CAMEO has no such sub-code.
    /// </summary>
    public static CameoCode? AskedFor(CameoCode governing, CameoCode act)
    {
        var g = governing.Value;
        if (g.Length != 3 || g[2] != '0')
        {
            return null;
        }

        var a = act.Value;
        var sub = a.Length >= 3 ? a[2] : '0';
        var code = (g[..2], a[..2]) switch
        {
            ("03", _) => IntentFor(act)?.Value ?? (act.Root == CameoCode.DiplomaticCooperation ? "032" : null),
            ("02", "04") => a.StartsWith("045", StringComparison.Ordinal) ? "028" : "026",
            ("02", "05") => "022",
            ("02", "06") => sub is >= '1' and <= '4' ? "021" + sub : "021",
            ("02", "07") => sub is >= '1' and <= '4' ? "023" + sub : "023",
            ("02", "08") => Yield(a, "024", "025"),
            ("10", "04") => a.StartsWith("045", StringComparison.Ordinal) ? "108" : "106",
            ("10", "05") => "102",
            ("10", "06") => sub is >= '1' and <= '4' ? "101" + sub : null,
            ("10", "07") => sub is >= '1' and <= '4' ? "103" + sub : "103",
            ("10", "08") => Yield(a, "104", "105"),
            ("10", "09") => "101",
            ("12", "04") => a.StartsWith("045", StringComparison.Ordinal) ? "126" : "125",
            ("12", "06") => sub is '1' or '2' ? "121" + sub : "121",
            ("12", "07") => sub is >= '1' and <= '4' ? "122" + sub : "122",
            ("12", "08") => Yield(a, "123", "124"),
            ("13", _) => ThreatFor(act)?.Value,
            _ => null,
        };

        return code is null ? null : CameoCode.Parse(code);
    }

    // The yielding acts (08) asked for, promised or refused: reform (083x) has its own code, the rest follow 081-087 in order
    // (ease administrative sanctions, ease dissent, release, ease economic sanctions, allow involvement, de-escalate).
    private static string Yield(string act, string reform, string yield)
    {
        var sub = act.Length >= 3 ? act[2] : '0';
        return sub switch
        {
            '3' => act.Length == 4 && act[3] is >= '1' and <= '4' ? reform + act[3] : reform,
            '1' or '2' => yield + sub,
            '4' => yield + "3",
            '5' => yield + "4",
            '6' => yield + "5",
            '7' => yield + "6",
            _ => yield,
        };
    }

    // The act a phrase governs: the next phrase, a verb after "to" or "that" (the governing phrase's own last word, as in
    // "pledge to", or a later one), with only its addressee between ("urged Beijing to release", "demanded that Baku
    // withdraw its troops"), within the reach of a claimed act.
    private static CameoCode? GovernedAct(SentenceView view, List<Trigger> triggers, int index)
    {
        if (index + 1 >= triggers.Count)
        {
            return null;
        }

        var (trigger, next) = (triggers[index], triggers[index + 1]);
        if (next.Entry.IsNoun || next.First - trigger.End > view.Options.ClaimReach)
        {
            return null;
        }

        // Between the two only the addressee and the complementiser may stand: "urged [the Russian government] to release",
        // "demanded that [Baku] withdraw"; any other word may be a verb of its own ("pledged to support Mongolia's bid to host").
        var complementiser = false;
        for (var k = trigger.End - 1; k < next.First; k++)
        {
            var w = view.Word(k);
            if (w is "to" or "that")
            {
                complementiser = true;
            }
            else if (complementiser && k == next.First - 1 && PhraseGrammar.InfinitiveMarker(view, next.First) == k - 1)
            {
                // "agreed to gradually resume imports": an adverb splitting the infinitive.
                continue;
            }
            else if (w is "would" or "will" && IsWarnedAct(view, trigger, next))
            {
                complementiser = true;
            }
            else if (PhraseGrammar.IsPartyPronoun(w) && IsWarnedAct(view, trigger, next))
            {
                continue;
            }
            else if (k >= trigger.End && view.MentionAt[k] < 0 && !view.Blocked[k] && !PhraseGrammar.IsDeterminer(view, k)
                && !IsAdjunctPreposition(view, k))
            {
                return null;
            }
        }

        return complementiser ? next.Entry.Cameo : null;
    }
}
