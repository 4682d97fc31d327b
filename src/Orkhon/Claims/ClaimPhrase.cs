using Orkhon.Extraction.Lexicon;
using Orkhon.Text;

namespace Orkhon.Claims;

/// <summary>
/// A rule's phrase as slots matched against a sentence's tokens: a set of word forms, a gap of up to
/// <see cref="MaxGap"/> words, or <c>ORG</c>, an organisation mention (the claim's object).
/// </summary>
public sealed class ClaimPhrase
{
    public const int MaxGap = 3;

    private readonly Slot[] _slots;

    private ClaimPhrase(Slot[] slots) => _slots = slots;

    /// <summary>The forms the first slot accepts (rules are looked up by their first word); never a gap or ORG.</summary>
    public IReadOnlyList<string> FirstWords => _slots[0].Forms!;

    /// <summary>Compiles a phrase, or says why it cannot be (as a data-file message).</summary>
    public static ClaimPhrase? Compile(string phrase, out string? error)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var slots = new List<Slot>();
        foreach (var part in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "*")
            {
                slots.Add(new Slot(SlotKind.Gap, null));
            }
            else if (part == "ORG")
            {
                slots.Add(new Slot(SlotKind.Organisation, null));
            }
            else
            {
                var forms = new List<string>();
                foreach (var word in part.Split('|', StringSplitOptions.RemoveEmptyEntries))
                {
                    forms.AddRange(word.StartsWith('~') && word.Length > 1 ? Inflection.Forms(word[1..].ToLowerInvariant()) : [word.ToLowerInvariant()]);
                }

                if (forms.Count == 0)
                {
                    error = $"'{part}' has no word";
                    return null;
                }

                slots.Add(new Slot(SlotKind.Words, [.. forms.Distinct(StringComparer.Ordinal)]));
            }
        }

        if (slots.Count == 0 || slots[0].Kind != SlotKind.Words || slots[^1].Kind == SlotKind.Gap)
        {
            error = "a phrase starts with a word and does not end with *";
            return null;
        }

        error = null;
        return new ClaimPhrase([.. slots]);
    }

    /// <summary>Matches at token <paramref name="start"/>: the index after the match and the ORG mention's index (or -1), or null.</summary>
    /// <param name="mentionAt">For each token, the index of the actor mention covering it, or -1.</param>
    /// <param name="isOrganisation">Whether a mention (by index) names an organisation.</param>
    /// <param name="mentionEnd">The index after a mention's last token.</param>
    public (int End, int Object)? Match(string text, IReadOnlyList<Token> tokens, int start, int[] mentionAt, Func<int, bool> isOrganisation, Func<int, int> mentionEnd)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(mentionAt);
        return MatchFrom(text, tokens, start, 0, -1, mentionAt, isOrganisation, mentionEnd);
    }

    private (int End, int Object)? MatchFrom(string text, IReadOnlyList<Token> tokens, int position, int slot, int objectMention, int[] mentionAt,
        Func<int, bool> isOrganisation, Func<int, int> mentionEnd)
    {
        if (slot == _slots.Length)
        {
            return (position, objectMention);
        }

        var current = _slots[slot];
        switch (current.Kind)
        {
            case SlotKind.Gap:
                // Shortest first; a gap never crosses punctuation, so it stays inside one clause.
                for (var skip = 0; skip <= MaxGap && position + skip <= tokens.Count; skip++)
                {
                    if (MatchFrom(text, tokens, position + skip, slot + 1, objectMention, mentionAt, isOrganisation, mentionEnd) is { } found)
                    {
                        return found;
                    }

                    if (position + skip >= tokens.Count || tokens[position + skip].Kind == TokenKind.Punctuation)
                    {
                        break;
                    }
                }

                return null;
            case SlotKind.Organisation:
                // Articles before the name ("joined the WTO") belong to it.
                var p = position;
                while (p < tokens.Count && tokens[p].In(text) is "the" or "The")
                {
                    p++;
                }

                return p < tokens.Count && mentionAt[p] >= 0 && isOrganisation(mentionAt[p])
                    ? MatchFrom(text, tokens, mentionEnd(mentionAt[p]), slot + 1, mentionAt[p], mentionAt, isOrganisation, mentionEnd)
                    : null;
            default:
                if (position >= tokens.Count)
                {
                    return null;
                }

                var word = tokens[position].In(text);
                foreach (var form in current.Forms!)
                {
                    if (word.Equals(form, StringComparison.OrdinalIgnoreCase))
                    {
                        return MatchFrom(text, tokens, position + 1, slot + 1, objectMention, mentionAt, isOrganisation, mentionEnd);
                    }
                }

                return null;
        }
    }

    private enum SlotKind
    {
        Words,
        Gap,
        Organisation,
    }

    private sealed record Slot(SlotKind Kind, string[]? Forms);
}
