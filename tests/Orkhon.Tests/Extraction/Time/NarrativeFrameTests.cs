using FsCheck;
using FsCheck.Fluent;
using Orkhon.Domain;
using Orkhon.Extraction.Time;

namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// Bare days and months of a story told in a past year take that year (<see cref="NarrativeFrame"/>): a sentence opening with
/// a month or a day written with its year sets the frame, later openings move it on, a time counted from the publication day
/// clears it, and a written year told anywhere else is background. The sentences are our own, in the styles of features and
/// agency copy, with different actors, verbs and word orders. 2 October 2024, the publication day, was a Wednesday.
/// </summary>
public sealed class NarrativeFrameTests
{
    private const string Published = "2024-10-02";

    private static string[] Coded(string text) => RandomNewsDays.Coded(text, Published);

    [Theory]
    // Feature style: the frame is a month, the bare day follows in the next sentence.
    [InlineData("By mid-November 2021, Poland had massed troops on its border. On November 16, Poland accused Belarus of arming the migrants.", "POL>BLR 112 2021-11-16")]
    // The frame is a day; the bare day is later in the same month.
    [InlineData("The rift opened slowly. On 12 June 2018, Qatar recalled its ambassador from Egypt. On 30 June, Egypt expelled two Qatari diplomats.", "EGY>QAT 174 2018-06-30")]
    // A bare month before the frame's month runs into the next year.
    [InlineData("By August 2019 the dispute had spread to trade. Then, on 2 August, Japan removed South Korea from its list of trusted trading partners. In January, Seoul condemned Tokyo over the curbs.", "KOR>JPN 111 2020-01")]
    // The month written with its year opens the sentence after a preposition; the next day comes later in the month.
    [InlineData("In March 2019, Serbia and Kosovo held talks in Brussels. On April 4, Serbia accused Kosovo of violating the deal.", "SRB>XKX 112 2019-04-04")]
    // A later opening without a year moves the frame on: the December after the January is that year's.
    [InlineData("In November 2015, Turkey shot down a Russian jet. On January 12, Russia banned Turkish fruit. On December 3, Moscow accused Ankara of lying.", "RUS>TUR 112 2016-12-03")]
    // "Eight days earlier" counts from the day the frame dated.
    [InlineData("By mid-November 2021, Poland had massed troops on its border. On November 16, Polish police used water cannon. Eight days earlier, the European Union had accused Belarus of a hybrid attack.", "EU>BLR 1123 2021-11-08")]
    public void Extract_BareDayInAStoryOfAPastYear_TakesTheStorysYear(string text, string expected) => Assert.Contains(expected, Coded(text));

    [Theory]
    // Sentences with no time phrase between the frame and the bare day leave the frame as it was (they are skipped unread).
    [InlineData("In March 2019, Serbia and Kosovo held talks in Brussels. The mood was sour. Diplomats described the meeting as tense. On April 4, Serbia accused Kosovo of violating the deal.", "SRB>XKX 112 2019-04-04")]
    [InlineData("By mid-November 2021, Poland had massed troops on its border. Thousands of migrants were camped in the forest, aid groups said. On November 16, Poland accused Belarus of arming the migrants.", "POL>BLR 112 2021-11-16")]
    [InlineData("In November 2015, Turkey shot down a Russian jet. Relations, long warm, collapsed; tourists stayed away. On January 12, Russia banned Turkish fruit. Trade fell further. On December 3, Moscow accused Ankara of lying.", "RUS>TUR 112 2016-12-03")]
    public void Extract_UntimedSentencesBetweenFrameAndBareDay_KeepTheFrame(string text, string expected) => Assert.Contains(expected, Coded(text));

    [Theory]
    // A written year inside a relative clause is background: the bare day stays the publication day's year.
    [InlineData("ANKARA, Oct 2 (Reuters) - Putin, who was charged by the court in March 2023, met Erdogan in Sochi. On Sept. 28, Turkey summoned the Swedish ambassador.", "TUR>SWE 114 2024-09-28")]
    // A time counted from the publication day brings the story back to it.
    [InlineData("In May 2021, Belarus forced a Ryanair jet to land in Minsk. The European Union condemned Belarus last week. On June 4, Lithuania expelled a Belarusian diplomat.", "LTU>BLR 174 2024-06-04")]
    [InlineData("In April 2022, Russia expelled Italian diplomats. Rome protested on Monday. In May, Italy expelled a Russian diplomat.", "ITA>RUS 174 2024-05")]
    // A year alone names no month to stand in.
    [InlineData("In 2016, Saudi Arabia cut ties with Iran. On March 10, the two rivals signed an agreement in Beijing.", "SAU>IRN 057 2024-03-10")]
    // A written year that does not open the sentence sets nothing.
    [InlineData("Mongolia joined the court in March 2002. In July, Mongolia hosted Japan's prime minister.", "MNG>JPN 043 2024-07")]
    public void Extract_NoFrameOfAPastYear_ReadsTheBareDayAgainstThePublicationDay(string text, string expected) => Assert.Contains(expected, Coded(text));

    [Theory]
    [InlineData("On November 16, police used water cannon.", "2021-11", new[] { "2021-11-16" })]
    [InlineData("In March, the talks resumed.", "2021-11", new[] { "2022-03" })]
    [InlineData("In early December, the talks resumed.", "2021-11", new[] { "2021-12" })]
    // Never later than the publication day's reading: the year after a frame of last year may not pass it.
    [InlineData("On November 3, the talks resumed.", "2023-12", new[] { "2023-11-03" })]
    // A future stays a future, and a frame in the publication year changes nothing.
    [InlineData("Talks will resume on November 3.", "2021-11", new[] { "2024-11-03" })]
    [InlineData("On November 3, the talks resumed.", "2024-03", new[] { "2023-11-03" })]
    // A written year wins over the frame.
    [InlineData("On November 3, 2019, the talks resumed.", "2021-11", new[] { "2019-11-03" })]
    public void Tag_BareMonthWithAFrame_TakesTheFramesYear(string text, string frame, string[] expected) =>
        Assert.Equal(expected, TemporalTagger.Tag(text, 0, text.Length, new TimeAnchor(new DateOnly(2024, 10, 2), null, null, FuzzyDate.Parse(frame)))
            .SelectMany(e => e.Values).Select(v => v.ToString()).ToArray());

    private static readonly string[] s_months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    // Whatever month a past frame stands in, a bare past day lands on its first occurrence from the frame's month on (the
    // frame's year, or the next when the month comes earlier), when that day is not after the publication day. When it is
    // (a frame of September 2000, "On April 9" published on 5 April 2001), no day of the frame fits, and the reading is
    // still never later than the frame's.
    [Fact]
    public void Property_BareDayInAFrame_TakesTheFramesFirstOccurrenceBeforePublication() =>
        Prop.ForAll((from doc in RandomNewsDays.Days from back in Gen.Choose(1, 40) from frameMonth in Gen.Choose(1, 12) from month in Gen.Choose(1, 12)
                     from day in Gen.Choose(1, 28) select (doc, back, frameMonth, month, day)).ToArbitrary(), c =>
        {
            var frame = FuzzyDate.OfMonth(Math.Max(1, c.doc.Year - c.back), c.frameMonth);
            var inFrame = new DateOnly(c.month >= c.frameMonth ? frame.Earliest.Year : frame.Earliest.Year + 1, c.month, c.day);
            var text = $"On {s_months[c.month - 1]} {c.day}, the envoys met.";
            var values = TemporalTagger.Tag(text, 0, text.Length, new TimeAnchor(c.doc, null, null, frame)).SelectMany(e => e.Values).ToArray();
            return values.Length == 1 && (inFrame <= c.doc ? values[0] == FuzzyDate.OfDay(inFrame.Year, inFrame.Month, inFrame.Day) : values[0].Earliest <= inFrame);
        }).QuickCheckThrowOnFailure();

    // The frame follows the opening day told with its year, whatever the year, and a text of any years never throws.
    [Fact]
    public void Property_OpeningWrittenDay_SetsTheFrameForTheNextSentence() =>
        Prop.ForAll((from year in Gen.Choose(1950, 2023) from month in Gen.Choose(1, 12) from day in Gen.Choose(1, 28) from later in Gen.Choose(0, 11)
                     select (year, month, day, later)).ToArbitrary(), c =>
        {
            var next = Math.Min(12, c.month + c.later);
            var text = $"On {s_months[c.month - 1]} {c.day}, {c.year}, Chile recalled its ambassador from Peru. On {s_months[next - 1]} {c.day}, Peru expelled a Chilean diplomat.";
            var dates = RandomNewsDays.Dates(text, new DateOnly(2024, 12, 31));
            return dates.Contains(FuzzyDate.OfDay(c.year, next, c.day)) && !dates.Contains(FuzzyDate.OfDay(2024, next, c.day));
        }).QuickCheckThrowOnFailure();

    [Theory]
    [InlineData("3000 years ago, on November 16, the talks resumed.")]
    [InlineData("In November 0000, the envoys met. On November 16, the talks resumed.")]
    [InlineData("In November 9999, the envoys met. On November 16, the talks resumed. 99999999999 days ago, on May 3, it rained.")]
    [InlineData("By December 1000, the envoys met. In January, the talks resumed.")]
    public void Extract_HostileYears_NeverThrow(string text)
    {
        foreach (var doc in new DateOnly?[] { null, new DateOnly(1, 1, 1), new DateOnly(2024, 10, 2), new DateOnly(9999, 12, 31) })
        {
            _ = RandomNewsDays.Dates(text, doc);
        }
    }
}
