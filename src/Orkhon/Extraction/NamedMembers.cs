using Orkhon.Extraction.Mentions;

namespace Orkhon.Extraction;

/// <summary>
/// "Saudi Arabia and its allies bombed the rebels. The president had asked the Gulf states to intervene.": a fixed group of
/// states acted on (<see cref="StateCollectives"/>: "the Gulf states", "the Baltic states") stands for the members the document
/// names when it names some of them but not all, as the corpora's writers code it; the act is aimed at the states the story is
/// about, and a member never named is no party of it. A group none of whose members the document names stands for each member;
/// two states joined by a hyphen ("the US-Japanese drills") are both named.
/// Only the targets are read: a group that acts is each member acting, as "A, B and C" is.
/// </summary>
internal static class NamedMembers
{
    // "the Baltic states", "the Gulf states": a fixed group has three members or more.
    private const int SmallestGroup = 3;

    /// <summary>The pairs less those aimed at a member of a group that the document does not name while it names another.</summary>
    public static List<ActorPair> Keep(SentenceView view, List<ActorPair> pairs, MentionContext context)
    {
        if (pairs.Count < 2 || !view.Options.Runs(ExtractionGuards.UnnamedMembers))
        {
            return pairs;
        }

        List<ActorPair>? kept = null;
        for (var i = 0; i < pairs.Count; i++)
        {
            var target = pairs[i].Target;
            var unnamed = GroupOver(view, target) is { } group && !IsNamed(view, context, group, target.Code)
                && group.Codes.Any(c => IsNamed(view, context, group, c));
            if (unnamed)
            {
                kept ??= pairs[..i];
            }
            else
            {
                kept?.Add(pairs[i]);
            }
        }

        return kept ?? pairs;
    }

    // The group mention over the target's words, when the target is one of its members. A pair joined by a hyphen ("the
    // US-Japanese drills near Okinawa") names both its parties, so only groups of three or more are read.
    private static ActorMention? GroupOver(SentenceView view, ActorMention target)
    {
        foreach (var m in view.Found)
        {
            if (m.IsCollective && m.First == target.First && m.Last == target.Last && m.Codes.Count >= SmallestGroup)
            {
                return m;
            }
        }

        return null;
    }

    // Whether the document names the state on its own, in this sentence (a place or an adjective counts) or the ones before.
    private static bool IsNamed(SentenceView view, MentionContext context, ActorMention group, string code)
    {
        foreach (var m in view.Found)
        {
            if (!m.IsCollective && !(m.First == group.First && m.Last == group.Last) && m.Codes.Contains(code))
            {
                return true;
            }
        }

        foreach (var m in context.Recent)
        {
            if (!m.IsCollective && m.Codes.Count == 1 && m.Code == code)
            {
                return true;
            }
        }

        return false;
    }
}
