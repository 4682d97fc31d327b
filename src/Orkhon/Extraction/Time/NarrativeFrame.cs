using Orkhon.Domain;
using Orkhon.Text;

namespace Orkhon.Extraction.Time;

/// <summary>
/// The month a story told in a past year stands in: what the bare days and months after it take their year from. Features
/// and background paragraphs narrate a past year this way ("By mid-November 2021, Poland had massed troops on the border.
/// On November 16, police used water cannon …"): the "November 16" is 2021's, not the November before the publication day.
/// A sentence that opens with a time phrase carrying a written year, at the precision of a month or a day, sets the frame;
/// while one is set, each later sentence opening with a day or a month moves it on, so the story may run into the next
/// year. A time phrase counted from the publication day ("on Tuesday", "last week", "yesterday", "a decade ago") brings the
/// story back to the present and clears it. A date written with its year anywhere else in a sentence (a relative clause's
/// "who was charged in March 2023") is background and sets nothing.
/// </summary>
internal static class NarrativeFrame
{
    // Words that may stand before a sentence's opening time phrase: "By mid-November 2021, …", "Late on 3 May 2019, …".
    private static readonly WordSet s_openers = DateAttacher.Words.Lookup("frame-opener");

    // Words of time phrases that count from the publication day: weekdays, "yesterday", "last week", "a decade ago".
    private static readonly WordSet s_present = DateAttacher.Words.Lookup("present");

    /// <summary>The frame after the sentence <paramref name="view"/>, given the one before it (null when none is set).</summary>
    public static FuzzyDate? After(ClauseView view, FuzzyDate? frame)
    {
        ArgumentNullException.ThrowIfNull(view);
        // Only a time phrase sets or clears the frame: a sentence without one (most of prose) leaves it as it was.
        if (view.Times.Count == 0)
        {
            return frame;
        }

        var (text, tokens) = (view.Text, view.Tokens);
        var next = frame;
        var opening = true;
        for (var k = 0; k < tokens.Count; k++)
        {
            var t = view.TimeAt[k];
            if (t < 0)
            {
                // Only punctuation and the opener words may stand before the opening time phrase.
                // Once a word has stood there no phrase opens the sentence: no more look-ups.
                opening = opening && (tokens[k].Kind == TokenKind.Punctuation || s_openers.Contains(tokens[k].In(text)));
                continue;
            }

            var phrase = view.Times[t];
            var present = false;
            for (; k < tokens.Count && view.TimeAt[k] == t; k++)
            {
                present |= s_present.Contains(tokens[k].In(text));
            }

            // The loop above stops on the first token after the phrase.
            k--;
            if (present)
            {
                return null;
            }

            if (!opening)
            {
                continue;
            }

            var written = TemporalTagger.HasFourDigits(text.AsSpan(phrase.Start, phrase.End - phrase.Start));
            if (IsFrame(phrase.Value) && (next is not null || written))
            {
                next = FuzzyDate.OfMonth(phrase.Value.Earliest.Year, phrase.Value.Earliest.Month);
            }
            else if (written)
            {
                // "In 2019, …": the story moved to a year whose month it does not tell.
                next = null;
            }
        }

        return next;
    }

    /// <summary>
    /// The month of the last date written with its year (a day, a month or a span within one month) in the sentence
    /// <paramref name="view"/>, wherever it stands, or of a bare day or month that went on in <paramref name="month"/>; null when
    /// the sentence names no such date, or once a time phrase counted from the publication day ("on Tuesday", "last week")
    /// brings the story back to the present. So the month reaches the next sentence only, and on through sentences that keep
    /// naming it ("on 2 August 1990. … in the first days of August … on 3 August").
    /// </summary>
    public static FuzzyDate? WrittenMonthAfter(ClauseView view, FuzzyDate? month)
    {
        ArgumentNullException.ThrowIfNull(view);
        var (text, tokens) = (view.Text, view.Tokens);
        FuzzyDate? next = null;
        for (var k = 0; k < tokens.Count; k++)
        {
            var t = view.TimeAt[k];
            if (t < 0)
            {
                continue;
            }

            var present = false;
            for (; k < tokens.Count && view.TimeAt[k] == t; k++)
            {
                present |= s_present.Contains(tokens[k].In(text));
            }

            k--;
            var phrase = view.Times[t];
            if (present)
            {
                next = null;
            }
            else if (IsFrame(phrase.Value) && (TemporalTagger.HasFourDigits(text.AsSpan(phrase.Start, phrase.End - phrase.Start)) || SameMonth(phrase.Value, month)))
            {
                next = FuzzyDate.OfMonth(phrase.Value.Earliest.Year, phrase.Value.Earliest.Month);
            }
        }

        return next;
    }

    private static bool SameMonth(FuzzyDate value, FuzzyDate? month) =>
        month is { } m && value.Earliest.Year == m.Earliest.Year && value.Earliest.Month == m.Earliest.Month;

    // A closed day, month or span within one month of one year: a week-long span or a year is no month to stand in.
    private static bool IsFrame(FuzzyDate value) =>
        value is { IsOpenStart: false, IsOpenEnd: false } && value.Precision is DatePrecision.Day or DatePrecision.Month or DatePrecision.Span
        && value.Earliest.Year == value.Latest.Year && value.Earliest.Month == value.Latest.Month;
}
