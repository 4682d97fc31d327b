using Orkhon.Extraction.Lexicon;
using Orkhon.Text;

namespace Orkhon.Extraction.Mentions;

/// <summary>
/// "Modi arrived in Canberra for talks with Albanese. The guest also pledged…", "Duda paid a visit to Vilnius. The hosts
/// promised…": "the guest" or "the visitor" (class <c>visit-guest</c> in <c>data/lexicon/mention-words.tsv</c>) is the visiting
/// side of the last visit the story coded (root 042's source, 043's target), "the host" (class <c>visit-host</c>) its receiving
/// side. Only a coded visit counts, the latest in the sentences the context remembers; a party the sentence already named
/// before the noun is never its own guest or host, and with no visit told ("The hosts won the final") nothing is guessed.
/// </summary>
internal static class VisitRoles
{
    private static readonly WordSet s_guests = MentionFinder.Words.Lookup("visit-guest");
    private static readonly WordSet s_hosts = MentionFinder.Words.Lookup("visit-host");

    /// <summary>The mention over "the guest" or "the hosts" starting at the determiner <paramref name="i"/>, with the index after it; else null.</summary>
    public static (ActorMention Mention, int End)? Match(string text, IReadOnlyList<Token> tokens, int i, MentionContext context, List<ActorMention> mentions)
    {
        if (i + 1 >= tokens.Count || !tokens[i].In(text).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var noun = tokens[i + 1].In(text);
        var guest = s_guests.Contains(noun);
        if (!guest && !s_hosts.Contains(noun))
        {
            return null;
        }

        if (LastVisit(context.EarlierEvents) is not { } visit)
        {
            return null;
        }

        // "Duda visited Vilnius" (042) names the visitor first, "Lula hosted Fernandez" (043) the host.
        var made = visit.Cameo.Value.StartsWith("042", StringComparison.Ordinal);
        var party = guest == made ? visit.Source : visit.Target;
        if (NamedBefore(mentions, i, party.Code))
        {
            return null;
        }

        return (new ActorMention(i, i + 1, [party.Code], party.Role, MentionKind.Coreference, false, false), i + 2);
    }

    // Whether the sentence named the party before token i as an actor. A loop, not a lambda: a lambda over Match's parameter i
    // would allocate its closure at every "the" of every sentence.
    private static bool NamedBefore(List<ActorMention> mentions, int i, string code)
    {
        foreach (var m in mentions)
        {
            if (m.First < i && !m.IsPlace && !m.IsWeak && m.Codes.Contains(code))
            {
                return true;
            }
        }

        return false;
    }

    // The latest visit made (042) or hosted (043) between two parties, from the latest sentence back.
    private static EventMention? LastVisit(IReadOnlyList<IReadOnlyList<EventMention>> earlier)
    {
        for (var s = earlier.Count - 1; s >= 0; s--)
        {
            var events = earlier[s];
            for (var k = events.Count - 1; k >= 0; k--)
            {
                var e = events[k];
                if ((e.Cameo.Value.StartsWith("042", StringComparison.Ordinal) || e.Cameo.Value.StartsWith("043", StringComparison.Ordinal))
                    && e.Source.Code != e.Target.Code)
                {
                    return e;
                }
            }
        }

        return null;
    }
}
