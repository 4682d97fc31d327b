using Orkhon.Domain;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// "France will withdraw its ambassador from Niger, President Macron said", "Russia said it would close the British Council":
/// a measure a state announces for itself — reducing relations (16), administrative sanctions (172), expelling (174), sending
/// more troops (154), closing a border (191) — is taken by announcing it, as the corpora's rule for announced decisions says; other hostile plans stay
/// uncoded until done, and force announced is a threat (<see cref="ModalityClassifier"/>). Only a plain future ("will",
/// "would" in reported speech) counts, never a plan ("plans to", "is considering"), and only when the sentence reports the
/// state's own word: a reporting verb with a speaker of the acting state, or "it"/"they" as the subject of reported speech.
/// </summary>
internal static class AnnouncedMeasures
{
    // "said", "announced", "confirmed": phrase-words.tsv, measure-announcing-verb. Not "claimed" or "warned", which tell no
    // decision of the speaker's own.
    private static readonly WordSet s_announcingVerbs = PhraseGrammar.Words.Lookup("measure-announcing-verb");

    /// <summary>Whether the planned phrase is a measure its own state announced, to be coded as done.</summary>
    public static bool IsAnnounced(SentenceView view, Trigger trigger, IReadOnlyList<ActorMention> subject, CameoCode cameo, int from)
    {
        if (!IsMeasure(cameo) || subject.Count != 1 || subject[0].IsPlace || trigger.Entry.IsNoun)
        {
            return false;
        }

        // Only the plain future between the subject and the phrase: "plans to expel", "is considering closing" are plans.
        var plainFuture = false;
        for (var k = Math.Max(0, from); k < trigger.First; k++)
        {
            var w = view.Word(k);
            if (ModalityCues.PlanLookup.Contains(w))
            {
                return false;
            }

            plainFuture |= w is "will" or "would" or "shall";
        }

        if (!plainFuture)
        {
            return false;
        }

        var code = subject[0].Code;
        for (var k = 0; k < view.Tokens.Count; k++)
        {
            if (view.Clauses.IsReportingVerb(k) && s_announcingVerbs.Contains(view.Word(k))
                && SpeakerOf(view, k, trigger.First) is { } speaker
                && (speaker.Codes.Contains(code) || (k < subject[0].First && IsPronoun(view, subject[0]))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "EU leaders agreed on Monday to impose further sanctions on Minsk": a measure agreed is the measure taken (an infinitive
    /// right after "agreed", time phrases between). Other acts agreed stay intents.
    /// </summary>
    public static bool IsAgreed(SentenceView view, Trigger trigger, CameoCode cameo)
    {
        var to = PhraseGrammar.InfinitiveMarker(view, trigger.First);
        if (!IsMeasure(cameo) || to < 1)
        {
            return false;
        }

        var k = to - 1;
        while (k > 0 && (view.Blocked[k] || (view.Word(k) is "on" or "in" && view.Blocked[k + 1])))
        {
            k--;
        }

        return ModalityCues.AgreementLookup.Contains(view.Word(k));
    }

    // Reducing relations (16x), administrative sanctions (172x), expelling (174), mobilising or increasing forces (154) and
    // closing a border or its crossings (191: "Finland will shut the last crossing on its border with Russia, Orpo said").
    private static bool IsMeasure(CameoCode cameo) =>
        cameo.RootNumber == 16 || cameo.Value.StartsWith("172", StringComparison.Ordinal) || cameo.Value is "174" or "154" or "191";

    // "Russia said", "…, President Macron said", "said the foreign ministry": the actor just before the verb, or just after it
    // when the verb closes the clause; never the phrase's own object.
    private static ActorMention? SpeakerOf(SentenceView view, int verb, int phrase)
    {
        var before = verb - 1;
        while (before >= 0 && view.TimeAt[before] >= 0)
        {
            before--;
        }

        if (before >= 0 && view.MentionOf(before) is { IsPlace: false } m && !m.IsPossessive)
        {
            return m;
        }

        var after = verb + 1;
        if (verb > phrase && after < view.Tokens.Count && view.MentionOf(after) is { IsPlace: false } n && !n.IsPossessive)
        {
            return n;
        }

        return null;
    }

    private static bool IsPronoun(SentenceView view, ActorMention mention) =>
        mention.Kind == MentionKind.Coreference && mention.First == mention.Last && PhraseGrammar.IsPartyPronoun(view.Word(mention.First));
}
