using Orkhon.Domain;

namespace Orkhon.Extraction.Mentions;

/// <summary>
/// "Modi held talks with his Mongolian counterpart … The two governments then signed 13 agreements": a group noun that counts
/// its members ("the two governments", "the three capitals", "both sides") most often stands for the parties of the last act
/// the story told, not for the last states it happened to name ("after a tour of China"). The parties of one coded act are the
/// sources and targets of the events of one phrase; when they are too many, the sources alone ("Spain, Ireland and Norway
/// recognised a Palestinian state … the three capitals"). "Sides" are opposing parties: they look first for a hostile or a yielding act
/// ("shelled … the two sides agreed to a ceasefire"), past any appeal or call told since; other nouns look first for a joint act
/// (a meeting, a signing, an exercise), past a visit or a pledge told after it, and then for any act.
/// </summary>
internal static class EventParties
{
    /// <summary>
    /// The codes of the parties of the latest coded act in <paramref name="earlier"/> (one list of events per sentence, the latest
    /// last) that has exactly <paramref name="count"/> of them, in the order its events name them; null when none has. Empty
    /// when the latest act of the kind sought has more parties than that and no clean part of them counts as many ("the two
    /// countries" after a meeting of three, coded as every pair of them): the noun is ambiguous there, and must not guess.
    /// </summary>
    public static IReadOnlyList<string>? Of(IReadOnlyList<IReadOnlyList<EventMention>> earlier, int count, bool opposing) =>
        opposing ? Of(earlier, count, IsOpposing) : Of(earlier, count, IsJoint) ?? Of(earlier, count, static _ => true);

    /// <summary>The parties of the latest joint act (a meeting, a signing, an exercise) with exactly <paramref name="count"/> of them; no other act.</summary>
    public static IReadOnlyList<string>? OfJoint(IReadOnlyList<IReadOnlyList<EventMention>> earlier, int count) => Of(earlier, count, IsJoint);

    private static List<string>? Of(IReadOnlyList<IReadOnlyList<EventMention>> earlier, int count, Func<CameoCode, bool> kind)
    {
        for (var s = earlier.Count - 1; s >= 0; s--)
        {
            var events = earlier[s];
            for (var k = events.Count - 1; k >= 0; k--)
            {
                var last = events[k];
                if (!kind(last.Cameo))
                {
                    continue;
                }

                var parties = new List<string>();
                var sources = new List<string>();
                var targets = new List<string>();
                foreach (var e in events)
                {
                    if (e.PhraseStart != last.PhraseStart || !e.Cameo.SameRootAs(last.Cameo) || e.Source.Code == e.Target.Code)
                    {
                        continue;
                    }

                    AddNew(sources, e.Source.Code);
                    AddNew(targets, e.Target.Code);
                    AddNew(parties, e.Source.Code);
                    AddNew(parties, e.Target.Code);
                }

                // "talks mediated by Qatar and Turkey … The two sides": a mediation's parties are the sides it mediated between, its
                // targets, never the mediators.
                if (MediatedParties.IsMediation(last.Cameo))
                {
                    if (targets.Count == count)
                    {
                        return targets;
                    }

                    continue;
                }

                if (parties.Count == count)
                {
                    return parties;
                }

                // "Spain, Ireland and Norway recognised a Palestinian state … the three capitals": the sources, when none of them
                // is also a target. A meeting of three coded as every pair ("A>B", "A>C", "B>C") has two sources only as an
                // artefact of listing the pairs: two of three parties would be a guess.
                var cleanSources = !sources.Exists(targets.Contains);
                if (sources.Count == count && cleanSources)
                {
                    return sources;
                }

                if (parties.Count > count)
                {
                    return [];
                }
            }
        }

        return null;
    }

    // Consultation, diplomatic and material cooperation: acts two parties do together.
    private static bool IsJoint(CameoCode cameo) => cameo.RootNumber is 4 or 5 or 6;

    // Demands, disapproval, rejection, threats, protest, coercion and force: acts one side does against the other. Yielding
    // (CAMEO root 08: a ceasefire, a withdrawal, a release, easing sanctions) is what one side concedes to its adversary, so
    // its parties are opposing sides too ("Thailand and Cambodia agreed to a ceasefire. The two sides also agreed…").
    private static bool IsOpposing(CameoCode cameo) => cameo.RootNumber >= 10 || cameo.RootNumber == 8;

    private static void AddNew(List<string> codes, string code)
    {
        if (!codes.Contains(code))
        {
            codes.Add(code);
        }
    }
}
