
namespace Orkhon.Extraction.Time;

// The nouns that tell an act again: a definite noun phrase opening the sentence ("The killings", "The three-day trip") or a
// definite act noun followed at once by a time of its own ("the talks on Saturday"), with its class and stated length.
// Apart from the time read after the noun (RestatedActs.Times.cs) and from how a restatement moves an act's date
// (RestatedActs.cs).
internal static partial class RestatedActs
{
    // The head of a definite noun phrase that opens the sentence and names an act kind ("The killings", "The three-day trip",
    // "The Maritime Security Belt 2023 drills"), with its class; (-1, null) when there is none, or when an event was coded from
    // a phrase inside it (an act of its own: "The visit by Putin to …").
    private static (int Noun, string? Class) OpeningNoun(SentenceView view, IReadOnlyList<EventMention> kept)
    {
        if (view.Tokens.Count < 3 || view.Word(0) is not ("The" or "These" or "Those"))
        {
            return (-1, null);
        }

        for (var j = 1; j < view.Tokens.Count && j <= NounReach; j++)
        {
            var w = view.Word(j);
            if (w is "," or ";" or ":" or "of" or "by" or "'s" or "\"" || view.MentionAt[j] >= 0 && view.MentionOf(j) is { IsPlace: false })
            {
                return (-1, null);
            }

            foreach (var (name, words) in s_classes)
            {
                if (words.Contains(w))
                {
                    // A noun followed by another noun of the file is a modifier ("the drill exercises"): the head is the later one.
                    if (j + 1 < view.Tokens.Count && IsActNoun(view.Word(j + 1)))
                    {
                        break;
                    }

                    // A noun with a complement of its own ("The arrest of two journalists in March", "The strikes on Kharkiv") describes
                    // an act afresh, often another one; the noun that tells the same act again stands bare before its verb or comma.
                    if (j + 1 < view.Tokens.Count && s_complements.Contains(view.Word(j + 1)))
                    {
                        return (-1, null);
                    }

                    foreach (var e in kept)
                    {
                        if (e.PhraseStart >= view.Tokens[0].Start && e.PhraseStart <= view.Tokens[j].Start)
                        {
                            return (-1, null);
                        }
                    }

                    return (j, name);
                }
            }
        }

        return (-1, null);
    }

    // Each definite act noun of the sentence ("the talks", "the visit") followed at once by a time phrase of its own, bare or
    // after "on"/"in" ("the talks on Saturday", "the drills in May"), that coded no event of its own; the opening noun phrase
    // is read by OpeningNoun. One pass over the sentence.
    private static IEnumerable<Restatement> NamedWithTime(SentenceView view, IReadOnlyList<EventMention> kept)
    {
        var clauses = view.Clauses;
        for (var j = 2; j + 1 < view.Tokens.Count; j++)
        {
            if (view.Word(j - 1) is not "the" || ClassOf(view.Word(j)) is not { } cls)
            {
                continue;
            }

            // The tagger may take the preposition into the phrase ("on Saturday").
            var k = view.TimeAt[j + 1] < 0 && view.Word(j + 1) is "on" or "in" ? j + 2 : j + 1;
            if (k >= view.Tokens.Count || view.TimeAt[k] < 0 || view.TimeAt[k - 1] == view.TimeAt[k] || clauses.IsAttributiveTime(k) || IsPossessive(view, k)
                || view.Word(k) is "after" or "before" or "since" or "by" or "until" or "from" || CodedAt(view, j, kept))
            {
                continue;
            }

            yield return new Restatement(cls, -1, Kind.Named, view.Times[view.TimeAt[k]].Value, 0);
        }
    }

    private static string? ClassOf(ReadOnlySpan<char> w)
    {
        foreach (var (name, words) in s_classes)
        {
            if (words.Contains(w))
            {
                return name;
            }
        }

        return null;
    }

    // Whether an event of the sentence was coded from the phrase starting at token j.
    private static bool CodedAt(SentenceView view, int j, IReadOnlyList<EventMention> kept)
    {
        var start = view.Tokens[j].Start;
        foreach (var e in kept)
        {
            if (e.PhraseStart == start)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsActNoun(ReadOnlySpan<char> w)
    {
        foreach (var (_, words) in s_classes)
        {
            if (words.Contains(w))
            {
                return true;
            }
        }

        return false;
    }

    // A stated length written before the head noun: "The three-day trip", "The week-long visit".
    private static int Length(SentenceView view, int noun)
    {
        for (var j = 1; j < noun; j++)
        {
            if (StayLength.Of(view.Word(j)) is var days and > 1)
            {
                return days;
            }
        }

        return 0;
    }
}
