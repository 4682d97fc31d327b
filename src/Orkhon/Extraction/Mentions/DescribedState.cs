using System.Collections.Frozen;
using Orkhon.Knowledge;
using Orkhon.Text;

namespace Orkhon.Extraction.Mentions;

/// <summary>
/// "Algeria cut ties with Morocco, accusing the neighbouring kingdom of hostile actions", "after the Pacific nation's cabinet
/// voted", "the landlocked country", "the oil-rich Gulf state": a state noun (country, nation, kingdom, republic, state…) after
/// "the" and one to three describing words points back to a state, as "the country" does. A region word among them
/// (<c>data/lexicon/region-words.tsv</c>: "Pacific", "West African", "Nordic") keeps only the states of that UN M49 area; other
/// describing words ("landlocked", "neighbouring", "mineral-rich") take the last state named. Words that pick another party or
/// a kind of state ("the other country", "the host nation", "the member state") and capitalised words that are no region
/// ("the Jewish state", "the Islamic State") are left alone, as is a name after "of" ("the island nation of Tuvalu"), and a
/// description before a relative clause ("the first trade pact for the landlocked nation, which will scrap tariffs"), whose
/// clause tells as often of the phrase around it as of the state.
/// </summary>
internal static class DescribedState
{
    private static readonly FrozenDictionary<string, string> s_areas = ReadAreas();
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> s_areaLookup = s_areas.GetAlternateLookup<ReadOnlySpan<char>>();

    // The state nouns a description may end in, those only for states whose official name says so ("Kingdom of Morocco"), and
    // describing words that choose another party or make the noun part of another phrase: described-noun, described-form and
    // described-chooser in data/lexicon/mention-words.tsv, compared as written (a capitalised "State" is a name's part).
    private static readonly FrozenSet<string> s_nouns = AsWritten("described-noun");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_nounLookup = s_nouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string> s_formNouns = AsWritten("described-form");
    private static readonly FrozenSet<string> s_choosers = AsWritten("described-chooser");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_chooserLookup = s_choosers.GetAlternateLookup<ReadOnlySpan<char>>();

    // At most this many describing words between "the" and the noun ("the impoverished West African nation": 3).
    private const int MaxWords = 3;

    /// <summary>The state the description at token <paramref name="i"/> ("the") points back to, with the index after its noun, or null.</summary>
    public static (ActorMention Mention, int End)? Match(string text, List<Token> tokens, int i, MentionContext context, IReadOnlyList<ActorMention> mentions, ReferenceData reference)
    {
        if (!tokens[i].In(text).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var noun = -1;
        for (var k = i + 2; k < tokens.Count && k <= i + 1 + MaxWords; k++)
        {
            if (s_nounLookup.Contains(tokens[k].In(text)))
            {
                noun = k;
                break;
            }
        }

        // "the island nation of Tuvalu" names the state after "of"; "accusing the neighbouring kingdom of hostile actions" does not.
        if (noun < 0 || (noun + 2 < tokens.Count && tokens[noun + 1].In(text) is "of" && char.IsUpper(tokens[noun + 2].In(text)[0]))
            || (noun + 2 < tokens.Count && tokens[noun + 1].In(text) is "in" && char.IsUpper(tokens[noun + 2].In(text)[0]))
            || (noun + 2 < tokens.Count && tokens[noun + 1].In(text) is "," && tokens[noun + 2].In(text) is "which" or "who")
            || Area(text, tokens, i + 1, noun) is not { } area)
        {
            return null;
        }

        var form = s_formNouns.Contains(tokens[noun].TextIn(text)) ? tokens[noun].TextIn(text) : null;
        // The sentence's subject is never the state its own description points to ("Peru criticised the landlocked country"):
        // a sentence points back to its subject with "it" and "its".
        var subject = mentions.Count > 0 && mentions[0] is { IsWeak: false, IsPlace: false } first && first.Last < i ? first.Code : null;
        bool Fits(ActorMention m) => m.Code != subject && m.Kind != MentionKind.Coreference && !m.IsPlace && m.Codes.Count == 1 && reference.FindCountry(m.Code) is { } country
            && country.Status is not "historical" && (area.Length == 0 || country.Region == area || country.Subregion == area)
            && (form is null || StateForms.Is(m.Code, country.OfficialName, form));

        // A state the sentence names by its name first ("India will lend Mongolia … during the first visit by an Indian premier to the
        // mineral-rich nation" is Mongolia): a description points back to a state named, not to a nationality or a person's state.
        ActorMention? state = null;
        for (var n = mentions.Count - 1; n >= 0 && state is null; n--)
        {
            state = mentions[n].Last < i && mentions[n].Kind is MentionKind.Name && !mentions[n].IsWeak && Fits(mentions[n]) ? mentions[n] : null;
        }

        for (var n = mentions.Count - 1; n >= 0 && state is null; n--)
        {
            state = mentions[n].Last < i && !mentions[n].IsWeak && Fits(mentions[n]) ? mentions[n] : null;
        }

        for (var n = context.Recent.Count - 1; n >= 0 && state is null; n--)
        {
            state = Fits(context.Recent[n]) ? context.Recent[n] : null;
        }

        return state is null ? null : (new ActorMention(i, noun, [state.Code], null, MentionKind.Coreference, false, false), noun + 1);
    }

    // The area the describing words name: "" when they name none ("the landlocked country"), null when a word chooses another
    // party or is capitalised but no region ("the other country", "the Jewish state").
    private static string? Area(string text, List<Token> tokens, int first, int noun)
    {
        var area = "";
        for (var k = first; k < noun; k++)
        {
            var word = tokens[k].In(text);
            if (tokens[k].Kind != TokenKind.Word || word.Length == 0)
            {
                return null;
            }

            if (char.IsUpper(word[0]))
            {
                // The longest region phrase from here: "West African", "Pacific island", "Horn of Africa".
                var matched = 0;
                for (var end = Math.Min(noun, k + 3); end > k && matched == 0; end--)
                {
                    if (s_areaLookup.TryGetValue(text.AsSpan(tokens[k].Start, tokens[end - 1].End - tokens[k].Start), out var found) && area.Length == 0)
                    {
                        (area, matched) = (found, end - k);
                    }
                }

                if (matched == 0)
                {
                    return null;
                }

                k += matched - 1;
                continue;
            }

            if (s_chooserLookup.Contains(word) || !IsDescribingWord(word))
            {
                return null;
            }
        }

        return area;
    }

    // A lower-case word of letters and hyphens ("landlocked", "mineral-rich", "war-torn").
    private static bool IsDescribingWord(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLower(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    private static FrozenDictionary<string, string> ReadAreas()
    {
        var table = EmbeddedData.ReadTable(EmbeddedData.RegionWords);
        var (phrase, area) = (table.ColumnIndex("phrase"), table.ColumnIndex("area"));
        return table.Rows.ToFrozenDictionary(r => r[phrase], r => r[area], StringComparer.Ordinal);
    }

    private static FrozenSet<string> AsWritten(string name) => MentionFinder.Words.Of(name).ToFrozenSet(StringComparer.Ordinal);
}
