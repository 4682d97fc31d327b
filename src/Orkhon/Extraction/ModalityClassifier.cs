using Orkhon.Domain;
using Orkhon.Extraction.Clauses;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// Modality as codes, not silence (issue 9): reads the cues around a phrase and decides whether it is a fact,
/// nothing (negated, hypothetical, embedded, a plan that fell through), an intent (a plan or schedule → 03x) or a
/// threat (a hostile act under a modal and a condition → 13x). The
/// appeal, demand and accusation frames the lexicon has no verb for are found by <see cref="GoverningFrames"/>.
/// </summary>
internal static partial class ModalityClassifier
{
    /// <summary>
    /// The modality of phrase <paramref name="index"/> of <paramref name="triggers"/>, whose subject is <paramref name="subject"/>.
    /// An appeal, intent, demand or refusal that governs the next phrase ("urged Beijing to release", "demanded that Baku
    /// withdraw", "refused to lift") takes the sub-code of the act it asks for, promises or refuses.
    /// </summary>
    public static ClauseModality Classify(SentenceView view, Trigger trigger, IReadOnlyList<ActorMention> subject, List<Trigger> triggers, int index)
    {
        var modality = ClassifyAct(view, trigger, subject, triggers, index);
        // "agreed to hold talks and to work together on minerals": the second infinitive is a second intent of the same
        // parties, when the intent itself is told as done; its sub-code is the second act's own, whatever the first one's is.
        if (modality.Kind == ModalityKind.Nothing && CoordinatedInfinitives.IntentGoverning(view, triggers, index) is >= 0 and var intent
            && ClassifyAct(view, triggers[intent], subject, triggers, intent).Kind == ModalityKind.Fact
            && AskedFor(CameoCode.Parse("030"), trigger.Entry.Cameo) is { } second)
        {
            return new ClauseModality(ModalityKind.Fact, second);
        }

        // A joint undertaking ("A and B agreed to build a railway") is told by its own rows; its infinitive is often a
        // neighbouring sense ("build" a school as aid), so a symmetric phrase keeps its code, unless it is the bare intent
        // (030, "agreed to"), which names nothing itself: "agreed to back Baku's bid" is 032, "agreed to free" 0353.
        if (modality.Kind != ModalityKind.Fact || (trigger.Entry.Frame == EventFrame.Symmetric && !IsBareIntent(modality.Cameo)))
        {
            return modality;
        }

        // "urged Kyiv and Moscow to observe the truce", "appealed to Oslo for emergency aid": an act the lexicon has no phrase
        // for still names the sub-code, by the rows of asked-acts.tsv.
        if (GovernedAct(view, triggers, index) is not { } act)
        {
            return AskedActs.Governed(view, trigger) is { } appeal && AskedActs.Parallel(appeal, modality.Cameo) is { } parallel
                ? new ClauseModality(ModalityKind.Fact, parallel)
                : modality;
        }

        // "Saudi Arabia and Iran agreed to restore diplomatic relations": an agreement to establish or restore relations between
        // its own parties is the act itself (054, as CAMEO codes it), not a promise of diplomatic cooperation (032).
        if (IsBareIntent(modality.Cameo) && trigger.Entry.Phrase.StartsWith("agree", StringComparison.Ordinal) && act.Value.StartsWith("054", StringComparison.Ordinal)
            && triggers[index + 1].Entry.Frame == EventFrame.Symmetric)
        {
            return new ClauseModality(ModalityKind.Fact, act);
        }

        // "Israel and Hamas agreed on Friday to pause fighting": a joint agreement to halt fighting is the truce itself.
        if (IsBareIntent(modality.Cameo) && AgreedTruces.IsAgreedTruce(view, trigger, triggers[index + 1], subject))
        {
            return new ClauseModality(ModalityKind.Fact, CameoCode.Parse("0871"));
        }

        // "vowed to strike Israel", "pledged to impose sanctions": a vow of a hostile act is a threat, not an intent to cooperate.
        if (modality.Cameo.Root == CameoCode.ExpressIntentToCooperate && ThreatFor(act) is { } threat && ModalityCues.VowLookup.Contains(view.Word(trigger.First)))
        {
            return new ClauseModality(ModalityKind.Fact, threat);
        }

        return AskedFor(modality.Cameo, act) is { } asked ? new ClauseModality(ModalityKind.Fact, asked) : modality;
    }

    private static bool IsBareIntent(CameoCode code) => code.Value is "030";

    // "no" between a phrase's words ("held no talks"), or before an event noun with only its modifiers and owner between
    // ("no Russian strikes", "no such visit").
    private static bool DeniedByNo(SentenceView view, Trigger trigger)
    {
        // A phrase that is itself a refusal with "no" ("would be no talks with" is 125) is told by its own row.
        if (trigger.Entry.Phrase.StartsWith("no ", StringComparison.Ordinal) || trigger.Entry.Phrase.Contains(" no ", StringComparison.Ordinal))
        {
            return false;
        }

        // "will send neither troops nor weapons to": the determiner inside the phrase denies it too.
        for (var k = trigger.First + 1; k < trigger.End - 1; k++)
        {
            if (ModalityCues.ObjectNegationLookup.Contains(view.Word(k)))
            {
                return true;
            }
        }

        if (!trigger.Entry.IsNoun)
        {
            // "offered no troops", "sent no envoy", "recognised neither side's claim": "no" or "neither" right after the verb is
            // its object's determiner and denies the act; "hosted no fewer than twenty leaders" measures it.
            var next = trigger.End;
            return next + 1 < view.Tokens.Count && ModalityCues.ObjectNegationLookup.Contains(view.Word(next))
                && !s_noComparatives.Contains(view.Word(next + 1));
        }

        // Only a few modifiers may stand between: an article or a clause word opens another noun phrase ("no doubt the strike").
        const int longestModifiers = 3;
        for (var k = trigger.First - 1; k >= 0 && k >= trigger.First - 1 - longestModifiers; k--)
        {
            var w = view.Word(k);
            if (w is "no" or "No")
            {
                return true;
            }

            if (view.MentionAt[k] < 0 && (w.Length == 0 || !char.IsLower(w[0]) || IsNounPhraseBoundary(w)))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsNounPhraseBoundary(ReadOnlySpan<char> w) => s_nounPhraseBoundaries.Contains(w);

    private static readonly WordSet s_nounPhraseBoundaries = ClauseView.Words.Lookup("noun-phrase-boundary");
    private static readonly WordSet s_noComparatives = PhraseGrammar.Words.Lookup("no-comparative");

    // Read once per phrase and subject: the purpose of a trip reads the trip's own modality, and a chain of trip purposes
    // would otherwise read each trip again for every infinitive after it.
    private static ClauseModality ClassifyAct(SentenceView view, Trigger trigger, IReadOnlyList<ActorMention> subject, List<Trigger> triggers, int index)
    {
        // Only a phrase of the list is known by its index.
        if (!ReferenceEquals(trigger, triggers[index]))
        {
            return ReadAct(view, trigger, subject, triggers, index);
        }

        if (view.Modalities.TryGet(triggers, index, subject, out var known))
        {
            return known;
        }

        var modality = ReadAct(view, trigger, subject, triggers, index);
        view.Modalities.Add(triggers, index, subject, modality);
        return modality;
    }
}
