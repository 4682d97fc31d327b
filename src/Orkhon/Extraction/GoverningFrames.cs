using Orkhon.Domain;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// Verbs that govern another clause and are coded themselves, not the act they govern (issue 9, modality and
/// embedding): "wants X to …" is an appeal to X (020), "calling for X to …" a demand of X (100), "claimed that B
/// attacked …" an accusation of B (112). The lexicon has no rows for them; each frame carries its own entry, so
/// that `--explain` names it ("modality-want", "modality-call-for", "modality-claim").
/// </summary>
internal static class GoverningFrames
{
    // phrase-words.tsv, allegation-verb.
    private static readonly WordSet s_allegationVerbs = PhraseGrammar.Words.Lookup("allegation-verb");

    private static readonly LexiconEntry s_wantEntry = new("modality-want", CameoCode.Parse("020"), EventFrame.AgentTheme, "want", false, [], [], true, false,
        "Washington wants Beijing to rein in Pyongyang.", 0);

    private static readonly LexiconEntry s_callForEntry = new("modality-call-for", CameoCode.Parse("100"), EventFrame.AgentTheme, "call for", false, [], [], true, false,
        "The assembly adopted a resolution calling for Russia to withdraw its troops.", 0);

    /// <summary>The code of an accusation: what "claimed that B attacked…" is coded as, and what makes its content not a fact.</summary>
    public static readonly CameoCode Accusation = CameoCode.Parse("112");

    /// <summary>A slot of the frames' own phrases: the forms are written out, so each word is its own lemma.</summary>
    private static PhraseSlot Slot(params string[] forms) => new([forms[0]], forms);

    private static readonly LexiconEntry s_claimEntry = new("modality-claim", Accusation, EventFrame.AgentTheme, "claim that", false, [], [], true, false,
        "Moscow claimed that Kyiv had shelled the plant.", 0);

    private static readonly CompiledPhrase s_claim = new(s_claimEntry, [Slot("claim", "claims", "claimed", "claiming"), Slot("that")], []);

    private static readonly LexiconEntry s_denyChargeEntry = new("modality-deny-charge", Extraction.DeniedCharges.Denial, EventFrame.AgentTheme, "deny charge", false, [], [], true, false,
        "Moscow said Kyiv had shelled the plant, a charge Kyiv denied.", 0);

    private static readonly CompiledPhrase s_denyCharge = new(s_denyChargeEntry, [Slot("deny", "denies", "denied", "reject", "rejects", "rejected", "dismiss", "dismisses", "dismissed", "dispute", "disputes", "disputed")], []);

    private static readonly WordSet s_chargeNouns = ClauseView.Words.Lookup("charge");

    private static readonly WordSet s_denials = ClauseView.Words.Lookup("denial");

    private static readonly CompiledPhrase s_want = new(s_wantEntry, [Slot("want", "wants", "wanted", "wanting")], []);

    private static readonly CompiledPhrase s_callFor = new(s_callForEntry, [Slot("call", "calls", "called", "calling"), Slot("for")], []);

    /// <summary>
    /// The frames of the sentence that no lexicon phrase covers: "wants X to", "calls/called/calling for X to", where X
    /// is an actor (not a place), and "claimed that X …" followed within reach by a hostile phrase. Returned as phrases
    /// to code beside the lexicon's, in text order; the caller merges and sorts them.
    /// </summary>
    public static List<Trigger> Find(SentenceView view, List<Trigger> triggers, EventLexicon lexicon)
    {
        var (text, tokens, mentionAt, found) = (view.Text, view.Tokens, view.MentionAt, view.Found);
        var frames = new List<Trigger>();
        DeniedCharges(view, triggers, frames);
        var t = 0;
        for (var k = 0; k < tokens.Count; k++)
        {
            while (t < triggers.Count && triggers[t].End <= k)
            {
                t++;
            }

            if (t < triggers.Count && triggers[t].First <= k || mentionAt[k] >= 0 || view.TimeAt[k] >= 0)
            {
                continue;
            }

            var w = tokens[k].In(text);
            CompiledPhrase? phrase = w is "want" or "wants" or "wanted" or "wanting" ? s_want
                : w is "call" or "calls" or "called" or "calling" && k + 1 < tokens.Count && tokens[k + 1].In(text) is "for" ? s_callFor
                : null;

            if (phrase is null && s_allegationVerbs.Contains(w) && ComplementiserAfter(view, k) is var that and >= 0
                && AllegesForce(view, triggers, lexicon, that + 1))
            {
                // "Moscow claimed that Ukraine had attacked…", "alleged on Tuesday that…": an accusation of the actor that follows, not the attack.
                frames.Add(new Trigger(k, k + 1, s_claim, false));
                continue;
            }

            if (phrase is null)
            {
                continue;
            }

            var end = phrase == s_callFor ? k + 2 : k + 1;
            var a = end;
            while (a < tokens.Count && tokens[a].In(text) is "the" or "both" or "all")
            {
                a++;
            }

            if (a >= tokens.Count || mentionAt[a] < 0 || found[mentionAt[a]].IsPlace)
            {
                continue;
            }

            // The addressee, and those coordinated with it, then "to": "wants Beijing to", "called for Armenia and Azerbaijan to".
            var m = found[mentionAt[a]];
            var after = m.Last + 1;
            while (after + 1 < tokens.Count && tokens[after].In(text) is "and" or "," && mentionAt[after + 1] >= 0)
            {
                after = found[mentionAt[after + 1]].Last + 1;
            }

            if (after < tokens.Count && tokens[after].In(text) is "to")
            {
                frames.Add(new Trigger(k, end, phrase, false));
            }
        }

        return frames;
    }

    /// <summary>Whether a phrase is the denial of a charge at the end of its clause (", a charge Kyiv rejected").</summary>
    public static bool IsDeniedCharge(Trigger trigger) => trigger.Entry == s_denyChargeEntry;

    // ", a charge Kyiv rejected", ", a claim Warsaw initially denied": a reduced relative on an accusation, at the end of its clause,
    // is the denial of that accusation (016) by the actor in it; whom it answers is whoever the sentence shows accusing that actor.
    // The verb's own lexicon phrase, if any, gives way to it.
    private static void DeniedCharges(SentenceView view, List<Trigger> triggers, List<Trigger> frames)
    {
        var (tokens, found, mentionAt) = (view.Tokens, view.Found, view.MentionAt);
        // The denier is an actor mention: a sentence with none (most) is not scanned.
        if (found.Count == 0)
        {
            return;
        }

        for (var k = 3; k < tokens.Count; k++)
        {
            // The end of the clause first: it rules out most words before the set look-up.
            if ((k + 1 < tokens.Count && view.Word(k + 1) is not ("." or "," or ";") && view.TimeAt[k + 1] < 0) || mentionAt[k] >= 0 || !s_denials.Contains(view.Word(k)))
            {
                continue;
            }

            // An adverb, an auxiliary or both may stand between the actor and the verb ("initially", "flatly", "has repeatedly").
            var j = k - 1;
            for (var skipped = 0; skipped < 2 && j > 0 && mentionAt[j] < 0 && IsBetweenActorAndDenial(view.Word(j)); skipped++)
            {
                j--;
            }

            if (j < 2 || mentionAt[j] < 0 || found[mentionAt[j]].IsPlace)
            {
                continue;
            }

            var noun = found[mentionAt[j]].First - 1;
            // "a charge the Taliban deny": the denier's own article stands between it and the charge noun.
            if (noun > 2 && Determiners.IsArticle(view.Word(noun)) && s_chargeNouns.Contains(view.Word(noun - 1)))
            {
                noun--;
            }

            if (noun < 2 || !(IsChargeAppositive(view, noun) || (IsSententialRelative(view, noun) && FollowsAClaim(view, triggers, noun))))
            {
                continue;
            }

            var denial = new Trigger(k, k + 1, s_denyCharge, false);
            var existing = triggers.FindIndex(x => x.First == k);
            if (existing >= 0)
            {
                triggers[existing] = denial;
            }
            else
            {
                frames.Add(denial);
            }
        }
    }

    // ", a charge Kyiv rejected": an article and a charge noun after a comma; a plural needs no article (", charges Paris
    // rejected", ", allegations Moscow denies").
    private static bool IsChargeAppositive(SentenceView view, int noun) =>
        s_chargeNouns.Contains(view.Word(noun))
        && ((Determiners.IsArticle(view.Word(noun - 1)) && view.Word(noun - 2) is ",") || (view.Word(noun - 1) is "," && view.Word(noun).EndsWith("s", StringComparison.Ordinal)));

    // "A and B accuse C of sending shells to Russia, which Pyongyang denies": a "which" after a comma with no noun of its own
    // left before it (a sentential relative) stands for the whole claim the clause before it made, as a charge noun does.
    private static bool IsSententialRelative(SentenceView view, int which) =>
        view.Word(which) is "which" && view.Word(which - 1) is ",";

    // The clause before the relative made a claim: an accusation (112 and its sub-codes) or a speaker's report ("Chile said
    // Peruvian troops had crossed the border, which Lima denied"). After an act ("signed a pact with Peru, which Bolivia
    // rejected") the verb keeps its own reading.
    private static bool FollowsAClaim(SentenceView view, List<Trigger> triggers, int which) =>
        triggers.Exists(t => t.First < which && t.Entry.Cameo.Value.StartsWith("112", StringComparison.Ordinal)) || ReportingSpeakers.First(view, which) is not null;

    // Only the perfect and "do" auxiliaries and adverbs of a denial made ("always", "again"): "a charge Moscow would deny" is none.
    private static bool IsBetweenActorAndDenial(ReadOnlySpan<char> word) =>
        word.EndsWith("ly", StringComparison.Ordinal) || Inflection.IsFiniteHave(word) || Inflection.IsFiniteDo(word) || word is "always" or "again" or "also" or "still";

    private static readonly WordSet s_reportingFiller = ClauseView.Words.Lookup("reporting-filler");

    // The "that" after a verb of saying, past its time phrase and the words that may precede one ("claimed on Monday that",
    // "claimed in a statement that"), or -1.
    private static int ComplementiserAfter(SentenceView view, int verb)
    {
        for (var k = verb + 1; k < view.Tokens.Count && k <= verb + view.Options.ReportingTimeReach; k++)
        {
            if (view.Word(k) is "that")
            {
                return k;
            }

            if (view.TimeAt[k] < 0 && !s_reportingFiller.Contains(view.Word(k)))
            {
                return -1;
            }
        }

        return -1;
    }

    // An actor right after "that", and a hostile phrase (root 14 and up) within reach after it: one the lexicon found, or a
    // verb that heads a hostile row whatever its object ("claimed that Ukraine had attacked the plant").
    private static bool AllegesForce(SentenceView view, List<Trigger> triggers, EventLexicon lexicon, int k)
    {
        var found = view.Found;
        while (k < view.Tokens.Count && view.Tokens[k].In(view.Text) is "the")
        {
            k++;
        }

        if (k >= view.Tokens.Count || view.MentionAt[k] < 0 || found[view.MentionAt[k]].IsPlace)
        {
            return false;
        }

        foreach (var t in triggers)
        {
            if (t.First > k && t.First - k <= view.Options.ClaimReach && t.Entry.Cameo.RootNumber >= 14)
            {
                return true;
            }
        }

        for (var j = k + 1; j < view.Tokens.Count && j - k <= view.Options.ClaimReach && view.Word(j) is not ("," or ";"); j++)
        {
            if (view.MentionAt[j] < 0 && view.TimeAt[j] < 0)
            {
                foreach (var phrase in lexicon.StartingWith(view.Word(j)))
                {
                    if (!phrase.Entry.IsNoun && phrase.Entry.Cameo.RootNumber >= 14 && (j == 0 || !PhraseGrammar.IsDeterminer(view, j - 1)))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
