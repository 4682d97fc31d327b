using Orkhon.Domain;
using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Extraction;

/// <summary>
/// "An Israeli drone strike killed Hezbollah commander Ali Karaki", "Hamas leader Ismail Haniyeh was killed in an Israeli
/// strike": the killing of a named leader is an assassination (186), not a killing (1823), and the strike named as its means
/// is no second act (the news corpus codes the killing alone). A leader is a title of class <c>leader-title</c> of
/// <c>data/lexicon/clause-words.tsv</c> in or right after the victim's mention, followed by a capitalised name: "killed a senior
/// Hamas commander" names nobody and stays a killing.
/// </summary>
internal static class TargetedKillings
{
    private static readonly CameoCode s_killing = CameoCode.Parse("1823");
    private static readonly CameoCode s_assassination = CameoCode.Parse("186");
    private static readonly WordSet s_titles = ClauseView.Words.Lookup("leader-title");

    /// <summary>How many words after the victim's mention may hold the title ("Hamas deputy political leader Saleh …").</summary>
    private const int TitleReach = 3;

    /// <summary>How many words after a verb its victim's mention may start ("killed the group's military commander").</summary>
    private const int VictimReach = 4;

    /// <summary>The code of <paramref name="trigger"/>'s act: 186 for a killing of a named leader, else <paramref name="cameo"/>.</summary>
    public static CameoCode Recode(SentenceView view, Trigger trigger, IReadOnlyList<ActorMention> subject, CameoCode cameo)
    {
        if (cameo != s_killing || trigger.Entry.IsNoun)
        {
            return cameo;
        }

        if (trigger.Passive)
        {
            foreach (var victim in subject)
            {
                if (NamesLeader(view, victim))
                {
                    return s_assassination;
                }
            }

            return cameo;
        }

        var end = Math.Min(view.Tokens.Count, trigger.End + VictimReach);
        for (var k = trigger.End; k < end && view.Tokens[k].Kind == TokenKind.Word; k++)
        {
            if (view.MentionOf(k) is { } victim)
            {
                return NamesLeader(view, victim) ? s_assassination : cameo;
            }
        }

        return cameo;
    }

    /// <summary>
    /// Drops the armed-act nouns of a source that also assassinated someone in the sentence: "an Israeli drone strike … killed
    /// Hezbollah commander Ali Karaki" is one act, the killing.
    /// </summary>
    public static void DropMeans(SentenceView view, IReadOnlyList<Trigger> triggers, List<EventMention> events)
    {
        for (var i = events.Count - 1; i >= 0; i--)
        {
            var means = events[i];
            if (means.Cameo.RootNumber is 19 && IsEventNounAt(view, triggers, means.PhraseStart) && Assassinated(events, means.Source.Code))
            {
                events.RemoveAt(i);
            }
        }
    }

    private static bool Assassinated(List<EventMention> events, string source)
    {
        foreach (var e in events)
        {
            if (e.Cameo == s_assassination && e.Source.Code == source)
            {
                return true;
            }
        }

        return false;
    }

    // Whether the phrase starting at this offset is an event noun ("strike", "raid"), not a verb ("struck"): the event's root
    // already says it is an armed act.
    private static bool IsEventNounAt(SentenceView view, IReadOnlyList<Trigger> triggers, int phraseStart)
    {
        foreach (var t in triggers)
        {
            if (t.Entry.IsNoun && view.Tokens[t.First].Start == phraseStart)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the active killing <paramref name="trigger"/> strikes a titled person, named or not ("killed a Ukrainian general",
    /// "killed the group's military commander"): a strike aimed at one person, which is no toll of an army's fire.
    /// </summary>
    public static bool KillsTitledPerson(SentenceView view, Trigger trigger)
    {
        var tokens = view.Tokens;
        var end = Math.Min(tokens.Count, trigger.End + VictimReach);
        for (var k = trigger.End; k < end && tokens[k].Kind == TokenKind.Word; k++)
        {
            if (view.MentionOf(k) is { } victim)
            {
                var last = Math.Min(tokens.Count, victim.Last + 1 + TitleReach);
                for (var j = victim.First; j < last && tokens[j].Kind == TokenKind.Word; j++)
                {
                    if (s_titles.Contains(view.Word(j)))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }

    // "Hezbollah commander Ali Karaki", "Hamas deputy leader Saleh al-Arouri": a title in or just after the mention, then a name.
    private static bool NamesLeader(SentenceView view, ActorMention victim)
    {
        var tokens = view.Tokens;
        var end = Math.Min(tokens.Count - 1, victim.Last + 1 + TitleReach);
        for (var k = victim.First; k < end && tokens[k].Kind == TokenKind.Word; k++)
        {
            if (s_titles.Contains(view.Word(k)))
            {
                var name = k + 1;
                return tokens[name].Kind == TokenKind.Word && char.IsUpper(view.Word(name)[0]);
            }
        }

        return false;
    }
}
