namespace Orkhon.Extraction;

/// <summary>
/// "Ankara said the accord was null and void", "a deal the Turkish foreign ministry called null and void": a declaration that
/// an act is void (<c>events.tsv</c>, p39-reject-null-and-void) names its object inside its own words, between the verb and
/// "null and void", or, in an object relative clause, just before its subject ("declared the deal null and void" is the
/// one-word row p36-reject-declare-void, whose object follows its verb). <see cref="AccordParties"/> reads an accord noun there as it reads one after a verb of stance, so the rejection
/// answers every party of the accord rather than only the last party that acted against the speaker.
/// </summary>
internal static class VoidDeclarations
{
    // How many words before the subject the noun an object relative clause describes may stand ("a deal the Turkish …").
    private const int AntecedentReach = 2;

    /// <summary>Whether the phrase's own words end in "null and void".</summary>
    public static bool IsVoidDeclaration(SentenceView view, Trigger trigger) =>
        trigger.End >= 3 && view.Word(trigger.End - 1) is "void" && view.Word(trigger.End - 2) is "and" && view.Word(trigger.End - 3) is "null";

    /// <summary>
    /// The index of the accord noun the declaration voids (<paramref name="isAccordNoun"/>): after the first definite determiner
    /// between the verb and "null and void", else just before the first subject's mention when the verb follows it directly
    /// ("a deal the ministry called null and void"); -1 when neither holds one.
    /// </summary>
    public static int VoidedNoun(SentenceView view, CodedPhrase phrase, PhraseGrammar.WordTest isAccordNoun)
    {
        var trigger = phrase.Trigger;
        for (var k = trigger.First + 1; k < trigger.End - 3; k++)
        {
            if (view.Word(k) is "the" or "this" or "that" or "these" or "those" or "both")
            {
                return PhraseGrammar.NounAfterDeterminer(view, k, isAccordNoun);
            }
        }

        if (phrase.Subject.Count == 0 || trigger.First != phrase.Subject[^1].Last + 1)
        {
            return -1;
        }

        for (var k = phrase.Subject[0].First - 1; k >= 0 && k >= phrase.Subject[0].First - AntecedentReach; k--)
        {
            if (isAccordNoun(view.Word(k)))
            {
                return k;
            }
        }

        return -1;
    }
}
