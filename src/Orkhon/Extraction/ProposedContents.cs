using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;

namespace Orkhon.Extraction;

/// <summary>
/// The "that" clause of a proposal, a demand or a condition tells what is proposed, not what was done: "Seoul rejected
/// Tokyo's proposal that the two countries take the dispute to the International Court of Justice", "Kyiv rejected the
/// suggestion that Ukraine cede territory", "Hungary opposed the idea that the EU impose sanctions" code no lawsuit, yielding or
/// sanction. The clause opens with "that" right after a noun of class <c>proposal-noun</c> of
/// <c>data/lexicon/modality-cues.tsv</c>, or after such a noun and an apposition between commas ("Japan's proposal, delivered on
/// Aug. 21, that…"); the phrase's own subject follows "that" and its verb is in the base form (no "-ed", no irregular past, no third-person "-s"), which a
/// relative clause with a done act does not have ("the proposal that Japan made", "the plan that Seoul approved"). Switch:
/// <see cref="ExtractionGuards.ProposedContents"/>.
/// </summary>
internal static class ProposedContents
{
    // Words an apposition between the noun and "that" may take (", delivered on Aug. 21,").
    private const int AppositionReach = 8;

    // Words that may stand between the clause's subject and its verb ("the two countries jointly take").
    private const int VerbReach = 2;

    /// <summary>Whether the phrase at <paramref name="trigger"/> is the base-form content of a proposal noun.</summary>
    public static bool IsProposed(SentenceView view, Trigger trigger, IReadOnlyList<ActorMention> subject)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentNullException.ThrowIfNull(subject);
        if (subject.Count == 0 || subject[0].First >= trigger.First || trigger.First - subject[^1].Last - 1 > VerbReach || !IsBaseForm(view.Word(trigger.First)))
        {
            return false;
        }

        var that = PhraseGrammar.SkipArticlesBackward(view, subject[0].First - 1);

        return that >= 1 && view.Word(that) is "that" && FollowsProposalNoun(view, that);
    }

    // The noun right before "that", or before an apposition between commas that ends right before it.
    private static bool FollowsProposalNoun(SentenceView view, int that)
    {
        if (ModalityCues.ProposalNounLookup.Contains(view.Word(that - 1)))
        {
            return true;
        }

        if (view.Word(that - 1) is not ",")
        {
            return false;
        }

        for (var k = that - 2; k >= 1 && k >= that - 1 - AppositionReach; k--)
        {
            if (view.Word(k) is ",")
            {
                return ModalityCues.ProposalNounLookup.Contains(view.Word(k - 1));
            }
        }

        return false;
    }

    // No "-ed", no irregular past ("sent", "held", "met"), and no third-person "-s", though a base form may end in "-ss" or
    // "-us" ("discuss", "press", "focus").
    private static bool IsBaseForm(ReadOnlySpan<char> verb) =>
        !verb.EndsWith("ed", StringComparison.Ordinal) && !Inflection.IsIrregularPast(verb)
        && (!verb.EndsWith("s", StringComparison.Ordinal) || verb.EndsWith("ss", StringComparison.Ordinal) || verb.EndsWith("us", StringComparison.Ordinal));
}
