using System.Collections.Frozen;
using Orkhon.Domain;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;

namespace Orkhon.Extraction;

/// <summary>
/// "Britain expelled four Russian diplomats on Monday. … Moscow called the expulsions immoral": a reaction (roots 01, 02, 05,
/// 08, 11-13) whose object is a definite noun derived from the verb of an act told before ("expelled" → "the expulsions",
/// "pulled out" → "the withdrawal", "recognised" → "the recognition"; <c>data/lexicon/derived-act-nouns.tsv</c>) answers
/// the author of that act: the last coded act whose phrase opens with one of the noun's verbs, or with the noun itself, in the
/// reaction's sentence or up to <see cref="ExtractionOptions.ActAuthorSentences"/> before. The noun names its act more
/// narrowly than the last act against the one reacting, so it is read first. The reactor's own act is never its target;
/// with no such act coded, or a noun that names its own party ("the expulsion of …", "Russia's withdrawal"), nothing is
/// guessed.
/// </summary>
internal static class DerivedActNouns
{
    private const string DerivedNounsFile = "lexicon.derived-act-nouns.tsv";

    // Noun form (either number) → every form of its verbs and of the noun itself, lower case.
    private static readonly FrozenDictionary<string, FrozenSet<string>> s_verbsOf = Load(EmbeddedData.ReadTable(DerivedNounsFile));
    private static readonly FrozenDictionary<string, FrozenSet<string>>.AlternateLookup<ReadOnlySpan<char>> s_lookup =
        s_verbsOf.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The author of the act the reaction's definite derived noun names, as a mention on the noun; null when none applies.</summary>
    public static ActorMention? Author(SentenceView view, CodedPhrase phrase, List<EventMention> events, MentionContext context)
    {
        var (trigger, subject) = (phrase.Trigger, phrase.Subject);
        if (trigger.Entry.IsNoun || trigger.Passive || subject.Count == 0 || !IsReaction(phrase.Cameo)
            || trigger.End >= view.Tokens.Count || !PhraseGrammar.IsDefiniteDeterminer(view.Word(trigger.End)))
        {
            return null;
        }

        var noun = PhraseGrammar.NounAfterDeterminer(view, trigger.End, static w => s_lookup.ContainsKey(w));
        if (noun < 0 || ActAuthors.NamesItsOwnParty(view, noun) || !s_lookup.TryGetValue(view.Word(noun), out var verbs))
        {
            return null;
        }

        var reactors = subject.SelectMany(s => s.Codes).ToHashSet(StringComparer.Ordinal);
        var act = LastTold(events, verbs, reactors, view.Tokens[trigger.First].Start);
        var earlier = context.EarlierEvents;
        for (var s = earlier.Count - 1; act is null && s >= Math.Max(0, earlier.Count - view.Options.ActAuthorSentences); s--)
        {
            act = LastTold(earlier[s], verbs, reactors, int.MaxValue);
        }

        return act is null ? null : new ActorMention(noun, noun, [act.Source.Code], act.Source.Role, MentionKind.Coreference, false, false);
    }

    // Greetings, praise, appeals, yielding, criticism, rejection and threats: the stances that answer an act.
    private static bool IsReaction(CameoCode cameo) => cameo.RootNumber is 1 or 2 or 5 or 8 or 11 or 12 or 13;

    // The last act among the events, told before the offset, whose phrase opens with one of the words, by none of the reactors.
    private static EventMention? LastTold(IReadOnlyList<EventMention> events, FrozenSet<string> words, HashSet<string> reactors, int before)
    {
        for (var e = events.Count - 1; e >= 0; e--)
        {
            var x = events[e];
            if (x.PhraseStart < before && !reactors.Contains(x.Source.Code) && x.Source.Code != x.Target.Code && OpensWith(x, words))
            {
                return x;
            }
        }

        return null;
    }

    private static bool OpensWith(EventMention e, FrozenSet<string> words)
    {
        var at = e.PhraseStart - e.SentenceStart;
        if (at < 0 || at >= e.Sentence.Length)
        {
            return false;
        }

        var phrase = e.Sentence.AsSpan(at);
        var end = 0;
        while (end < phrase.Length && char.IsLetter(phrase[end]))
        {
            end++;
        }

        Span<char> lower = stackalloc char[Math.Min(end, MaxWordLength)];
        if (end == 0 || end > MaxWordLength)
        {
            return false;
        }

        phrase[..end].ToLowerInvariant(lower);
        return words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower);
    }

    private const int MaxWordLength = 40;

    private static FrozenDictionary<string, FrozenSet<string>> Load(TsvTable table)
    {
        var (nounColumn, verbsColumn) = (table.ColumnIndex("noun"), table.ColumnIndex("verbs"));
        var result = new Dictionary<string, FrozenSet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in table.Rows)
        {
            var noun = row[nounColumn].Trim();
            var forms = Inflection.NounForms(noun);
            var words = row[verbsColumn].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .SelectMany(Inflection.Forms).Concat(forms).ToFrozenSet(StringComparer.Ordinal);
            foreach (var form in forms)
            {
                result[form] = words;
            }
        }

        return result.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
