using Orkhon.Domain;
using Orkhon.Extraction.Lexicon;
using Orkhon.Text;

namespace Orkhon.Extraction.Mentions;

/// <summary>
/// "Macron began a state visit to Germany … Steinmeier hailed his guest", "Xi hosted Putin and Khurelsukh … Xi urged his two
/// neighbours to…": a noun that names someone by their part in the owner's last joint act ("his guest", "her host", "his
/// visitors", "his two neighbours"; class <c>partner-noun</c> in <c>data/lexicon/mention-words.tsv</c>) stands for the other
/// parties of that act. The owner is the person "his" or "her" stands for; the act is the last one of roots 03–06 (intents,
/// meetings and visits, statements of cooperation, agreements) coded with the owner as a party, in the sentences the context
/// remembers. A singular noun needs exactly one other party, a number ("his two neighbours") exactly as many; a group noun
/// that is no guest or host ("neighbours", "partners") needs its number. Nothing is guessed when no such act was coded.
/// </summary>
internal static class PossessedPartners
{
    private static readonly WordSet s_partnerNouns = MentionFinder.Words.Lookup("partner-noun");

    /// <summary>
    /// The mention over "his guest", "her two neighbours" starting at the possessive <paramref name="i"/>, with the index after
    /// it; null when the words are no such noun or the owner's last joint act has not as many other parties.
    /// </summary>
    public static (ActorMention Mention, int End)? Match(string text, IReadOnlyList<Token> tokens, int i, MentionContext context, List<ActorMention> mentions)
    {
        var w = tokens[i].In(text);
        if (!(w.Equals("his", StringComparison.OrdinalIgnoreCase) || w.Equals("her", StringComparison.OrdinalIgnoreCase)) || i + 1 >= tokens.Count)
        {
            return null;
        }

        var noun = i + 1;
        var count = Count(tokens[noun].In(text));
        if (count > 0)
        {
            noun++;
        }

        if (noun >= tokens.Count || !s_partnerNouns.Contains(tokens[noun].In(text)))
        {
            return null;
        }

        var word = tokens[noun].In(text);
        var single = !word.EndsWith('s');
        // "his neighbours", "her partners" with no number are a whole region or bloc, not the parties of one act.
        var roleOfVisit = word.StartsWith("guest", StringComparison.Ordinal) || word.StartsWith("host", StringComparison.Ordinal) || word.StartsWith("visitor", StringComparison.Ordinal);
        if (count == 0 && !single && !roleOfVisit)
        {
            return null;
        }

        if (count == 0 && single)
        {
            count = 1;
        }

        if (context.SubjectPerson(mentions) is not { } owner || Partners(owner.Code, context.EarlierEvents) is not { } partners
            || (count > 0 && partners.Count != count))
        {
            return null;
        }

        return (new ActorMention(i, noun, [.. partners.Select(p => p.Code)], partners.Count == 1 ? partners[0].Role : null, MentionKind.Coreference, false, false), noun + 1);
    }

    /// <summary>
    /// The other parties of the last joint act (roots 03–06) with <paramref name="owner"/> as a party, in text order, from the
    /// latest sentence of <paramref name="earlier"/> back; null when none was coded.
    /// </summary>
    public static List<ActorRef>? Partners(string owner, IReadOnlyList<IReadOnlyList<EventMention>> earlier)
    {
        for (var s = earlier.Count - 1; s >= 0; s--)
        {
            var events = earlier[s];
            for (var k = events.Count - 1; k >= 0; k--)
            {
                var last = events[k];
                if (last.Cameo.RootNumber is < 3 or > 6 || (last.Source.Code != owner && last.Target.Code != owner))
                {
                    continue;
                }

                var partners = new List<ActorRef>();
                foreach (var e in events)
                {
                    if (e.PhraseStart != last.PhraseStart || !e.Cameo.SameRootAs(last.Cameo))
                    {
                        continue;
                    }

                    foreach (var party in (ActorRef[])[e.Source, e.Target])
                    {
                        if (party.Code != owner && !partners.Exists(p => p.Code == party.Code))
                        {
                            partners.Add(party);
                        }
                    }
                }

                return partners.Count > 0 ? partners : null;
            }
        }

        return null;
    }

    // "two", "three", "four", "five": how many partners the noun after it counts; 0 for any other word.
    private static int Count(ReadOnlySpan<char> w) => w switch
    {
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        _ => 0,
    };
}
