using Orkhon.Domain;
using Orkhon.Text;

namespace Orkhon.Extraction.Mentions;

/// <summary>
/// "the company", "the firm", "the miner" (class <c>firm-noun</c> of <c>data/lexicon/mention-words.tsv</c>) after "the": the
/// firm named last (a mention of the <c>business</c> role: "French nuclear group Orano … urged the company to train
/// specialists"), in the sentence or the ones before; a description agrees with its antecedent's kind, so a state or a
/// ministry named since is passed over, and a firm acted on by the sentence's subject is not one of the subject's state.
/// Nothing is guessed when no firm was named.
/// </summary>
internal static class FirmReferences
{
    private static readonly WordSet s_firmNouns = MentionFinder.Words.Lookup("firm-noun");

    /// <summary>The firm "the" + firm noun at token <paramref name="i"/> stands for, and the index after it; null when none.</summary>
    public static (ActorMention Mention, int End)? Firm(string text, List<Token> tokens, int i, MentionContext context, IReadOnlyList<ActorMention> current)
    {
        if (i + 1 >= tokens.Count || tokens[i].In(text) is not ("the" or "The") || !s_firmNouns.Contains(tokens[i + 1].In(text))
            || (i + 2 < tokens.Count && tokens[i + 2].In(text) is "of"))
        {
            return null;
        }

        // "Oyun-Erdene urged the company to train Mongolian specialists": a firm acted on by the sentence's subject is not the
        // subject's own; its state's firms named since are passed over.
        var subject = FirstParty(current);
        var firm = LastFirm(current, subject) ?? LastFirm(context.Recent, subject);
        if (firm is null)
        {
            return null;
        }

        var possessive = i + 2 < tokens.Count && tokens[i + 2].In(text).Equals("'s", StringComparison.OrdinalIgnoreCase);
        return (new ActorMention(i, i + 1, [firm.Code], ActorRole.Business, MentionKind.Coreference, false, possessive), i + 2);
    }

    // A loop, not a lambda: this runs at every "the" before a firm noun.
    private static ActorMention? LastFirm(IReadOnlyList<ActorMention> mentions, string? notOf)
    {
        for (var k = mentions.Count - 1; k >= 0; k--)
        {
            var m = mentions[k];
            if (m.Role == ActorRole.Business && m.Codes.Count == 1 && !m.IsPlace && m.Kind != MentionKind.Coreference
                && !string.Equals(m.Code, notOf, StringComparison.Ordinal))
            {
                return m;
            }
        }

        return null;
    }

    // The code of the sentence's first party before the description, or null when the description opens its sentence.
    private static string? FirstParty(IReadOnlyList<ActorMention> current)
    {
        foreach (var m in current)
        {
            if (!m.IsPlace && !m.IsWeak && m.Codes.Count == 1)
            {
                return m.Code;
            }
        }

        return null;
    }
}
