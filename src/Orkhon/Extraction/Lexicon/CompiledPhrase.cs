using Orkhon.Text;

namespace Orkhon.Extraction.Lexicon;

/// <summary>A lexicon phrase as slots to match against tokens: each slot a set of word forms, or null for a gap of up to <see cref="EventLexicon.MaxGap"/> words (money signs and dates pass freely).</summary>
public sealed class CompiledPhrase(LexiconEntry entry, IReadOnlyList<PhraseSlot?> slots, IReadOnlyList<string> participles)
{
    public LexiconEntry Entry { get; } = entry;

    public IReadOnlyList<PhraseSlot?> Slots { get; } = slots;

    /// <summary>True when the phrase's first word is the verb's past participle (the passive voice needs it).</summary>
    public bool IsParticiple(ReadOnlySpan<char> word)
    {
        foreach (var p in participles)
        {
            if (word.Equals(p, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Matches at token <paramref name="start"/>; returns the index after the last matched token, or -1.</summary>
    /// <param name="isFree">Whether a token may be part of the phrase (not an actor, not a date).</param>
    /// <param name="mayGap">Whether a gap may pass over a token (dates may: "agreed in March 2023 to").</param>
    public int Match(string text, IReadOnlyList<Token> tokens, int start, Func<int, bool> isFree, Func<int, bool> mayGap)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return MatchFrom(text, tokens, start, 0, isFree, mayGap);
    }

    private int MatchFrom(string text, IReadOnlyList<Token> tokens, int position, int slot, Func<int, bool> isFree, Func<int, bool> mayGap)
    {
        if (slot == Slots.Count)
        {
            return position;
        }

        if (Slots[slot] is not { } forms)
        {
            // A gap: try zero to MaxGap words, shortest first; gaps never cross punctuation or actor mentions.
            for (var skip = 0; skip <= EventLexicon.MaxGap + 3 && position + skip <= tokens.Count; skip++)
            {
                var end = MatchFrom(text, tokens, position + skip, slot + 1, isFree, mayGap);
                if (end >= 0)
                {
                    return end;
                }

                if (position + skip >= tokens.Count || !mayGap(position + skip)
                    || (isFree(position + skip) && tokens[position + skip].Kind == TokenKind.Punctuation && tokens[position + skip].In(text) is not ("$" or "€" or "£" or "%")))
                {
                    break;
                }

                // Words count against the gap's limit; the tokens of a date do not.
                if (isFree(position + skip) && skip >= EventLexicon.MaxGap)
                {
                    break;
                }
            }

            return -1;
        }

        if (position >= tokens.Count)
        {
            return -1;
        }

        return forms.Accepts(tokens[position].In(text)) ? MatchFrom(text, tokens, position + 1, slot + 1, isFree, mayGap) : -1;
    }
}
