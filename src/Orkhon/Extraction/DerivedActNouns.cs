using System.Collections.Frozen;
using Orkhon.Domain;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;
using Orkhon.Text;

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

        // An act told but not coded ("announced that his troops would pull out", "signed decrees recognising the regions"): the
        // party before its verb, from the nearest sentence that told one, when that sentence's verbs of the noun have one author.
        var authors = act is { } coded ? [coded.Source] : ToldBy(view, verbs, reactors, context);
        return authors is null ? null
            : new ActorMention(noun, noun, [.. authors.Select(a => a.Code)], authors.Count == 1 ? authors[0].Role : null, MentionKind.Coreference, false, false);
    }

    /// <summary>
    /// The verbs of the sentence's acts with the party before them: each active form of a verb of the file, not after a determiner
    /// (then it is the noun: "the ban", "a protest") nor after a form of "be" or "get" (a passive's subject is the one acted on),
    /// with the nearest actor before it that is no place and no object of a preposition. Linear in the sentence.
    /// </summary>
    public static IReadOnlyList<ToldVerb> ToldVerbs(SentenceView view)
    {
        // A verb is told only after a party of the sentence: one with no actor (most) tells none.
        if (view.Found.Count == 0)
        {
            return [];
        }

        List<ToldVerb>? told = null;
        List<ActorMention>? last = null;
        for (var k = 0; k < view.Tokens.Count; k++)
        {
            if (view.MentionAt[k] >= 0)
            {
                var m = view.Found[view.MentionAt[k]];
                if (!m.IsPlace && (m.First == 0 || !IsPreposition(view.Word(m.First - 1))))
                {
                    // "Poland and Lithuania", "Poland, Latvia and Lithuania": a party coordinated right after the one before joins it.
                    var joins = last is not null && m.First >= 2 && view.Word(m.First - 1) is "and" or "," && last[^1].Last == m.First - 2;
                    last = joins ? [.. last!, m] : [m];
                }

                k = Math.Max(k, m.Last);
                continue;
            }

            if (last is null || !s_verbForms.Contains(view.Word(k)) || k == 0 || PhraseGrammar.IsDeterminer(view, k - 1)
                || Inflection.IsBe(view.Word(k - 1)) || view.Word(k - 1) is "get" or "got" or "gets" or "getting")
            {
                continue;
            }

            var word = view.Word(k).ToString().ToLowerInvariant();
            foreach (var party in last)
            {
                foreach (var code in party.Codes)
                {
                    (told ??= []).Add(new ToldVerb(word, new ActorRef(code, party.Role), k));
                }
            }
        }

        return told is null ? [] : told;
    }

    private static bool IsPreposition(ReadOnlySpan<char> w) => w is "of" or "in" or "to" or "from" or "with" or "by" or "against" or "on" or "for" or "at";

    // The parties that told one of the verbs in the nearest earlier sentence within reach that told any, when every such verb
    // there has the same parties and none of them reacts; null otherwise.
    private static List<ActorRef>? ToldBy(SentenceView view, FrozenSet<string> verbs, HashSet<string> reactors, MentionContext context)
    {
        var earlier = context.EarlierToldVerbs;
        for (var s = earlier.Count - 1; s >= Math.Max(0, earlier.Count - view.Options.ActAuthorSentences); s--)
        {
            var byVerb = earlier[s].Where(v => verbs.Contains(v.Word)).GroupBy(v => v.At).Select(g => g.Select(v => v.Author).ToList()).ToList();
            if (byVerb.Count == 0)
            {
                continue;
            }

            var authors = byVerb[^1];
            var same = byVerb.All(g => g.Select(a => a.Code).Order(StringComparer.Ordinal).SequenceEqual(authors.Select(a => a.Code).Order(StringComparer.Ordinal)));
            return same && !authors.Exists(a => reactors.Contains(a.Code)) ? authors : null;
        }

        return null;
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

    // Every verb form of the file, for the scan of told verbs (the nouns themselves left out).
    private static readonly WordSet s_verbForms = new(VerbLemmas(EmbeddedData.ReadTable(DerivedNounsFile)).SelectMany(Inflection.Forms));

    private static IEnumerable<string> VerbLemmas(TsvTable table)
    {
        var verbs = table.ColumnIndex("verbs");
        return table.Rows.SelectMany(r => r[verbs].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

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
