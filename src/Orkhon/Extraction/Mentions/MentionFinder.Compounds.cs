using Orkhon.Domain;
using Orkhon.Knowledge;
using Orkhon.Text;

namespace Orkhon.Extraction.Mentions;

/// <summary>
/// Names joined inside one token or a short run of them: "Mongolia-Russia", "Russian-Chinese", "one-China", "Saudi-led",
/// "Portuguese-flagged", "London-based", "Marshall Islands-flagged".
/// </summary>
public sealed partial class MentionFinder
{
    // Names joined inside one token or a short run: "Mongolia-Russia", "Russian-Chinese", "one-China", "Saudi-led",
    // "Portuguese-flagged", "London-based", "Marshall Islands-flagged". Every reader but the last needs a hyphen in the token.
    private int? Compound(in MentionSite at)
    {
        var (text, tokens, blocked, i, _, context, mentions, buffer) = at;
        var word = tokens[i].In(text);
        if (!word.Contains('-'))
        {
            return char.IsUpper(word[0]) ? FlagOfSeveralWords(at) : null;
        }

        // "Mongolia-Russia relations", "the China-Mongolia-Russia corridor": one token naming several states.
        if (MatchName(text, tokens, blocked, i, context, buffer) is null && _people.IsKnownName(word) is false && StatesJoined(word) is { } codes)
        {
            mentions.Add(new ActorMention(i, i, codes, null, MentionKind.Name, false, false));
            return i + 1;
        }

        // "the Russian-Chinese drills", "the US-South Korean exercises": states joined by a hyphen before a noun, at least one by
        // its adjective; each is acted upon, none acts (a weak collective).
        if (AdjectiveCompound(text, tokens, i) is { } joined)
        {
            mentions.Add(new ActorMention(i, joined.End - 1, joined.Codes, null, MentionKind.Adjective, false, false) { IsWeak = true, IsCollective = true });
            return joined.End;
        }

        // "the one-China policy", "the one-China principle": support for it or breach of it is aimed at that state.
        if (word.StartsWith("one-", StringComparison.OrdinalIgnoreCase) && _reference.Gazetteer.Resolve(word[4..].ToString()) is { Form: NameForm.Name } single)
        {
            mentions.Add(new ActorMention(i, i, [single.Code], null, MentionKind.Name, false, false));
            return i + 1;
        }

        // "the Saudi-led coalition" is Saudi Arabia's armed forces; "Russian-installed officials" act for Russia.
        if (Sponsored(text, tokens, i, buffer) is { } sponsored)
        {
            mentions.Add(sponsored.Mention);
            return sponsored.End;
        }

        // "a Portuguese-flagged ship", "a Chinese-owned tanker": the ship is that state's, a target, never an actor.
        if (FlaggedBy(word) is { } flag)
        {
            mentions.Add(new ActorMention(i, i, [flag], null, MentionKind.Adjective, false, false) { IsWeak = true });
            return i + 1;
        }

        // "the London-based miner", "the Canadian-listed coal company": a firm of that state, a target only.
        if (FirmHome.Read(text, tokens, i, _reference.Gazetteer) is { } firm)
        {
            mentions.Add(new ActorMention(i, firm.End - 1, [firm.Code], ActorRole.Business, MentionKind.Adjective, false,
                firm.End < tokens.Count && tokens[firm.End].In(text).Equals("'s", StringComparison.OrdinalIgnoreCase)) { IsWeak = !firm.Named });
            return firm.End;
        }

        return char.IsUpper(word[0]) ? FlagOfSeveralWords(at) : null;
    }

    // "a Marshall Islands-flagged tanker": a flag state of several words (FlaggedByName), weak as one of a single word is.
    private int? FlagOfSeveralWords(in MentionSite at)
    {
        if (FlaggedByName(at.Text, at.Tokens, at.I) is not { } flagged)
        {
            return null;
        }

        at.Mentions.Add(new ActorMention(at.I, flagged.End - 1, [flagged.Code], null, MentionKind.Adjective, false, false) { IsWeak = true });
        return flagged.End;
    }

    // The states of a token whose two or more hyphen-separated parts each name one by its name or code ("Mongolia-Russia"),
    // each once, in order; else null. Read in place: a hyphenated word of prose ("well-known") is turned away at its first part.
    private List<string>? StatesJoined(ReadOnlySpan<char> word)
    {
        var codes = new List<string>();
        var parts = 0;
        foreach (var range in word.Split('-'))
        {
            parts++;
            if (!_reference.Gazetteer.TryResolve(word[range], out var entry) || entry.Form is not (NameForm.Name or NameForm.Code))
            {
                return null;
            }

            if (!codes.Contains(entry.Code))
            {
                codes.Add(entry.Code);
            }
        }

        return parts >= 2 ? codes : null;
    }

    // "Russian-Chinese", "US-Japanese", "US-South Korean" (the last part read with the next token): the states and the index after
    // the compound, when every part names a state, at least one by its adjective, and they are at least two.
    private (List<string> Codes, int End)? AdjectiveCompound(string text, List<Token> tokens, int i)
    {
        // Read in place, part by part, as StatesJoined reads: no string is split for the hyphenated words of prose.
        var word = tokens[i].In(text);
        var count = word.Count('-') + 1;
        if (count < 2 || word[0] == '-' || word[^1] == '-' || word.Contains("--", StringComparison.Ordinal))
        {
            return null;
        }

        var codes = new List<string>();
        var adjective = false;
        var end = i + 1;
        var p = 0;
        foreach (var range in word.Split('-'))
        {
            var part = word[range];
            var entry = _reference.Gazetteer.TryResolve(part, out var found) ? found : null;
            if (entry is null && p == count - 1 && i + 1 < tokens.Count)
            {
                entry = _reference.Gazetteer.Resolve(string.Concat(part, " ", tokens[i + 1].In(text)));
                end = entry is null ? end : i + 2;
            }

            if (entry is not { Form: NameForm.Name or NameForm.Code or NameForm.Adjective })
            {
                return null;
            }

            adjective |= entry.Form == NameForm.Adjective;
            codes.Add(entry.Code);
            p++;
        }

        codes = [.. codes.Distinct()];
        return adjective && codes.Count >= 2 ? (codes, end) : null;
    }

    // The state of "Portuguese-flagged", "Panama-registered", "Chinese-owned".
    private string? FlaggedBy(ReadOnlySpan<char> word)
    {
        var dash = word.LastIndexOf('-');
        return dash > 0 && word[(dash + 1)..] is "flagged" or "registered" or "owned"
            && _reference.Gazetteer.TryResolve(word[..dash], out var entry) && entry.Form is NameForm.Adjective or NameForm.Name
            ? entry.Code : null;
    }

    // "a Marshall Islands-flagged tanker", "a Cook Islands-registered ship": a name of several words before the flag word,
    // read from token i; returns the flag state and the index after the compound.
    private (string Code, int End)? FlaggedByName(string text, List<Token> tokens, int i)
    {
        for (var n = 2; n <= 3 && i + n - 1 < tokens.Count; n++)
        {
            var last = tokens[i + n - 1].In(text);
            var dash = last.LastIndexOf('-');
            if (dash <= 0 || last[(dash + 1)..] is not ("flagged" or "registered" or "owned"))
            {
                continue;
            }

            var name = NameText(text, tokens, i, i + n - 1) + " " + last[..dash].ToString();
            return _reference.Gazetteer.TryResolve(name, out var entry) && entry.Form is NameForm.Adjective or NameForm.Name ? (entry.Code, i + n) : null;
        }

        return null;
    }
}
