using Orkhon.Text;

namespace Orkhon.Extraction.Mentions;

public sealed partial class MentionFinder
{
    /// <summary>
    /// Whether any reader of <see cref="TryMention"/> can start at a token with this word. It is the union of the first tests
    /// each reader makes of its first token, read from their code: a capitalised word (names, people, seats, "The", "They",
    /// "It", flags of several words); a hyphen (compounds, "one-China", "-led", "-flagged", "-based"); a role's first word
    /// (offices, "officials", teams after a state); a possessive "'s" (TryMention reads an office after it even with no state
    /// before it); the words the references back test ("the", "both", "each", "him",
    /// "them", "their", "it", "its", "they", the subject pronouns); a state collective's "all", number or first word; a seat's first
    /// word; a team noun. A word that meets none makes every reader return nothing and TryMention return its own index, so
    /// skipping it changes nothing; most words of prose ("said", "on", "talks") are such words. A reader with a new first
    /// test must add it here (MentionGateTests reads sentences with and without the gate).
    /// </summary>
    internal static bool MayStartMention(ReadOnlySpan<char> word) =>
        word.IsEmpty || char.IsUpper(word[0]) || word.Contains('-')
        || (StartWords.Set.Contains(word) && (RoleWords.MayStart(word) || StartsReferenceBack(word) || word.Equals("'s", StringComparison.OrdinalIgnoreCase)
            || StateCollectives.MayStart(word) || SeatsOfPower.MayStart(word) || BodyReferences.IsTeamNoun(word)));

    // The words Coreference (with BetweenThem, SpeakerPossessive and DatelineCountry) and BodyReferences' Organisation,
    // Compass and Several test at their own token; capitalised ones ("They", "It") pass as capitalised.
    private static bool StartsReferenceBack(ReadOnlySpan<char> word) =>
        word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("both", StringComparison.OrdinalIgnoreCase)
        || word.Equals("each", StringComparison.OrdinalIgnoreCase) || word is "him" or "them" or "their" or "it" or "its" or "they"
        || s_subjectPronouns.Contains(word);

    // Every word the word tests of MayStartMention accept, in one set ignoring case: a word of prose outside it ("said", "on",
    // "talks") is turned away by one look-up instead of six. Ignoring case makes it a superset of what the tests accept (some
    // compare as written), so the tests still decide for the words inside it. A class of its own, so that the set is built
    // when first read, after the tables it unites, whatever the order of this partial class's static fields.
    private static class StartWords
    {
        public static readonly WordSet Set = new(
            [.. RoleWords.FirstWords, .. StateCollectives.StartWords, .. SeatsOfPower.FirstWords, .. BodyReferences.TeamNouns,
             .. s_subjectPronouns.Words, "the", "both", "each", "him", "them", "their", "it", "its", "they", "'s"]);
    }
}
