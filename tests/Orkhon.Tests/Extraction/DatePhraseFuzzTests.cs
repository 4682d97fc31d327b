using System.Globalization;
using Orkhon.Extraction;
using Orkhon.Extraction.Time;
using Orkhon.Tests.Fuzzing;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Fuzzes time phrases through the temporal tagger and through the whole extractor, anchored on ordinary
/// days, on the calendar's first and last days, and on nothing (an undated document). Any text must tag
/// or be ignored: a phrase may denote a day outside the calendar ("3000 years ago"), never crash.
/// Each ordinary run feeds a couple of seconds' worth; <c>ORKHON_FUZZ_INPUTS</c> runs the long campaign.
/// </summary>
public sealed class DatePhraseFuzzTests
{
    private static readonly string[] s_corpus =
    [
        "He visited in July 2023.", "Talks were held on 3 September 2024.", "Talks were held on September 3, 2024.",
        "She visited Seoul 3-4 Sept.", "In August 2024 he left; he returned in early September.", "Relations began in the early 1990s.",
        "Since 2023, ties have grown.", "Trade fell last year.", "They were revised in 2010 and 2011, respectively.",
        "He arrived on Tuesday.", "In December they met.", "It may rain; May 2015 was dry.", "Two days ago Kazakhstan's president met him.",
        "They lived on the steppe 3000 years ago.", "It happened 99999999999 days ago.", "It will be ready in 8000 years.",
        "Nothing like it since the 99999th century.", "Mongolia signed a treaty with Japan on 3 May 2024 and met China the next day.",
        "Prime Minister Oyun-Erdene flew to Tokyo in March 2024 for talks, and Russia condemned Ukraine the same day.",
        "Kazakhstan hosted the summit last week; China protested a day later, in the mid-1990s fashion.",
        "Inspections ran between March and May 2024, and from Monday to Wednesday in the winter of 2022; last spring a week ago.",
    ];

    private static readonly string[] s_dictionary =
    [
        "January", "Feb.", "March", "Apr", "May", "June", "Jul.", "August", "Sept.", "Sep", "October", "Nov", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "on", "in", "of", "the", "since", "until",
        "ago", "last", "next", "this", "earlier this", "later this", "previous", "past", "yesterday", "today", "the next day",
        "the same day", "a day later", "days", "weeks", "months", "years", "year", "month", "week", "day", "century", "decade",
        "early", "mid-", "late", "the end of", "BC", "AD", "1990s", "2000s", "1800s", "respectively", "and", ",", ".", "-", "st",
        "th", "two", "ten", "3000", "99999th", "0", "1", "31", "32", "2024", "9999", "10000", "0001", "99999999999",
        "Mongolia", "Japan", "China", "signed a treaty with", "visited", "met", "condemned",
        "spring", "summer", "autumn", "fall", "winter", "between", "from", "to", "a", "an", "eleven", "decades", "a decade", "pledged on Thursday to",
        "night", "last night", "last week", "of last week", "four-day visit", "that began", "that ends", "where",
    ];

    private static readonly DateOnly?[] s_anchors =
    [
        null, DateOnly.MinValue, DateOnly.MaxValue, new DateOnly(2024, 5, 1), new DateOnly(1000, 1, 1), new DateOnly(9999, 12, 25), new DateOnly(1, 1, 8),
    ];

    private static Func<Random, (string Text, DateOnly? Date)> Inputs(int maxLength)
    {
        var text = Fuzz.Mutator(s_corpus, s_dictionary, maxLength);
        return random =>
        {
            var date = random.Next(4) == 0
                ? DateOnly.FromDayNumber(random.Next(DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber + 1))
                : s_anchors[random.Next(s_anchors.Length)];
            return (text(random), date);
        };
    }

    private static string Show((string Text, DateOnly? Date) input) =>
        $"doc date {input.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "none"}\n{input.Text}";

    [Fact]
    [Trait("Category", Fuzz.Category)]
    public void Tag_FuzzedPhrases_TagOrIgnoreWithSpansInsideTheText()
    {
        var report = Fuzz.Run("date-phrases", seed: 2024, Inputs(400), input =>
        {
            var (text, doc) = input;
            var anchor = new TimeAnchor(doc, doc is null ? TemporalTagger.LatestExplicitDate(text, 0, text.Length) : null);
            var ignored = new List<IgnoredTimePhrase>();
            var found = TemporalTagger.Tag(text, 0, text.Length, anchor, ignored);
            var end = 0;
            foreach (var e in found)
            {
                if (e.Start < end || e.End > text.Length || e.Start >= e.End || e.Values.Count == 0 || e.Values.Any(v => v.Earliest > v.Latest))
                {
                    throw new InvalidOperationException($"bad phrase {e.Start}..{e.End} = {string.Join(", ", e.Values)}");
                }

                end = e.End;
            }

            if (ignored.Any(i => i.Start < 0 || i.End > text.Length || i.Start >= i.End || i.Reason.Length == 0))
            {
                throw new InvalidOperationException("an ignored phrase lies outside the text or has no reason");
            }
        }, defaultInputs: 20_000, show: Show);
        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());
    }

    [Fact]
    [Trait("Category", Fuzz.Category)]
    public void Extract_FuzzedPhrases_ExtractsWithAndWithoutDocumentDate()
    {
        var report = Fuzz.Run("date-phrases-extractor", seed: 1206, Inputs(300), input =>
        {
            var explain = new List<string>();
            foreach (var e in EventExtractor.Default.Extract(input.Text, input.Date, explain))
            {
                if (e.Date is { } d && d.Earliest > d.Latest)
                {
                    throw new InvalidOperationException($"event dated {d} has an empty range");
                }
            }
        }, defaultInputs: 10_000, show: Show);
        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());
    }
}
