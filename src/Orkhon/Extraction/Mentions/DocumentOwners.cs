using Orkhon.Knowledge;
using Orkhon.Text;

namespace Orkhon.Extraction.Mentions;

/// <summary>
/// "violated U.N. resolutions", "under a U.N. mandate", "complied with WTO rules", "in breach of EU law": an
/// organisation's name that only says whose document, rule or measure a noun is, inside another actor's clause, names no
/// party to that clause's act; read as one, it became the target of whatever the clause's subject did ("Russia violated
/// U.N. resolutions" gave Russia against the U.N.). The same phrase opening its own clause still acts ("The U.N. resolution
/// demands that Israel withdraw", "U.N. rules require…"), so only an owner that some word of the clause
/// governs is dropped: one after a lower-case word that opens no clause, past an article or determiner. Sanctions,
/// embargoes and warrants are no such nouns: demanding the lifting of U.N. sanctions is aimed at the U.N., and a court's
/// warrant is the court's own act.
/// </summary>
internal static class DocumentOwners
{
    private static readonly WordSet s_documentNouns = MentionFinder.Words.Lookup("document-noun");
    private static readonly WordSet s_determiners = MentionFinder.Words.Lookup("document-determiner");
    private static readonly WordSet s_clauseOpeners = ClauseView.Words.Lookup("clause-opener");

    /// <summary>Removes each organisation mention that only owns a document noun inside another clause.</summary>
    public static void Drop(string text, List<Token> tokens, List<ActorMention> mentions, ReferenceData reference) =>
        mentions.RemoveAll(m => OwnsADocument(text, tokens, m, reference) && IsGoverned(text, tokens, m.First));

    private static bool OwnsADocument(string text, List<Token> tokens, ActorMention m, ReferenceData reference)
    {
        if (m.Codes.Count != 1 || m.IsPlace || m.Kind != MentionKind.Name || m.Role is not null || reference.FindOrganisation(m.Code) is null)
        {
            return false;
        }

        // "the EU's sanctions regime" owns its noun as "EU sanctions" does.
        var next = m.Last + 1;
        if (m.IsPossessive && next < tokens.Count && tokens[next].In(text).Equals("'s", StringComparison.OrdinalIgnoreCase))
        {
            next++;
        }

        return next < tokens.Count && s_documentNouns.Contains(tokens[next].In(text));
    }

    // The word before the phrase (past "a", "the", "its", "new" …) is inside a clause and opens none: a verb or preposition
    // that governs the phrase ("violated", "under", "of"), not a sentence start, a comma, "and" or "that".
    private static bool IsGoverned(string text, List<Token> tokens, int first)
    {
        var before = first - 1;
        while (before >= 0 && s_determiners.Contains(tokens[before].In(text)))
        {
            before--;
        }

        if (before < 0 || tokens[before].Kind != TokenKind.Word)
        {
            return false;
        }

        var word = tokens[before].In(text);
        return char.IsLower(word[0]) && !s_clauseOpeners.Contains(word) && word is not ("and" or "or" or "but" or "nor");
    }
}
