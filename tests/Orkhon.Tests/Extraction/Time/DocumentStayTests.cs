using FsCheck;
using FsCheck.Fluent;
using Orkhon.Domain;

namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// A stay whose length and first day the document tells in different sentences (<c>Time/DocumentStays</c>): the visit spans
/// the stay, counted from the arrival. The sentences are our own, in agency and newspaper styles, with different visitors,
/// hosts, word orders and arrival verbs, and hard negatives. 2 October 2024, the publication day, was a Wednesday.
/// </summary>
public sealed class DocumentStayTests
{
    private const string Published = "2024-10-02";

    private static string[] Coded(string text) => RandomNewsDays.Coded(text, Published);

    [Theory]
    // Agency lede: the nominal visit is dated by the talks; the arrival and the length come after.
    [InlineData("Kazakh President Kassym-Jomart Tokayev held talks with Chinese President Xi Jinping in Beijing on Tuesday, on the first visit ever made to China by a Kazakh leader since the pandemic. Tokayev arrived on Monday for a four-day stay.", "KAZ>CHN 042 2024-09-30/2024-10-03")]
    // The length told in the lede with no day of its own, the arrival in a relative clause of the next sentence.
    [InlineData("HANOI, Oct 2 (Reuters) - Vietnam and Cambodia signed a border agreement in Hanoi on Wednesday during Cambodian Prime Minister Hun Manet's three-day official visit to Vietnam. Hun Manet, who arrived on Tuesday evening, also met President To Lam.", "KHM>VNM 042 2024-10-01/2024-10-03")]
    // Another arrival verb, the arrival on the lede's day.
    [InlineData("ANKARA, Oct 2 (AFP) - Turkey and Egypt signed eight cooperation agreements in Ankara on Wednesday during Egyptian President Abdel Fattah al-Sisi's two-day visit to Turkey. Sisi, who landed on Wednesday morning, was welcomed by President Tayyip Erdogan.", "EGY>TUR 042 2024-10-02/2024-10-03")]
    // Newspaper order: the arrival first, the length in the next sentence.
    [InlineData("Indonesian President Prabowo Subianto arrived in Tokyo on Monday. The four-day state visit to Japan is his first trip abroad since taking office.", "IDN>JPN 042 2024-09-30/2024-10-03")]
    [InlineData("Brazilian President Luiz Inacio Lula da Silva arrived in Beijing on Monday. His five-day state visit to China is his second since returning to office.", "BRA>CHN 042 2024-09-30/2024-10-04")]
    public void Extract_LengthAndArrivalToldApart_TheVisitSpansTheStay(string text, string expected) => Assert.Contains(expected, Coded(text));

    [Theory]
    // Another visitor's visit near the arrival: which visit the stay is cannot be told.
    [InlineData("Tokayev arrived in Beijing on Monday for a three-day visit. On Tuesday, Mirziyoyev visited Moscow.", "UZB>RUS 042 2024-10-01")]
    // A length told with a year is another, earlier stay.
    [InlineData("Xi paid a three-day state visit to Kazakhstan in 2022. Tokayev arrived in Moscow on Tuesday.", "KAZ>RUS 042 2024-10-01")]
    // A length told far from the arrival is not its stay.
    [InlineData("Tokayev will pay a three-day visit to Japan next month, his office said. Kazakhstan exports uranium. Japan buys much of it. Its reactors need fuel. Tokayev arrived in Moscow on Tuesday.", "KAZ>RUS 042 2024-10-01")]
    public void Extract_NoStayOfTheVisit_KeepsTheVisitsOwnDay(string text, string expected) => Assert.Contains(expected, Coded(text));

    private static readonly string[] s_counts = ["two", "three", "four", "five", "six", "seven"];

    // Whatever the arrival day and the length, the visit the length qualifies runs from the arrival for that many days.
    [Fact]
    public void Property_ArrivalToldAfterTheLength_SpansThatManyDaysFromTheArrival() =>
        Prop.ForAll((from day in RandomNewsDays.Days from n in Gen.Choose(2, 7) select (day, n)).ToArbitrary(), c =>
        {
            var text = $"The two sides signed a trade deal during Kenyan President William Ruto's {s_counts[c.n - 2]}-day state visit to India. "
                + $"Ruto arrived in New Delhi on {RandomNewsDays.Written(c.day)}.";
            var visits = RandomNewsDays.Coded(text, null).Where(e => e.Contains(" 042 ", StringComparison.Ordinal)).ToArray();
            var stay = FuzzyDate.Between(FuzzyDate.OfDay(c.day), FuzzyDate.OfDay(c.day.AddDays(c.n - 1)));
            // The visit the length qualifies is the stay; an arrival told in a sentence of its own stays on its day.
            return visits.Length > 0 && visits[0].EndsWith(stay.ToString(), StringComparison.Ordinal)
                && visits.Skip(1).All(v => v.EndsWith(stay.ToString(), StringComparison.Ordinal) || v.EndsWith(c.day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        }).QuickCheckThrowOnFailure();

    // Hostile days and lengths (the calendar's last day, year 1, huge counts, "3000 years ago") never throw.
    [Theory]
    [InlineData("Ruto's seven-day state visit to India began. Ruto arrived in New Delhi on 31 December 9999.")]
    [InlineData("Ruto's two-week state visit to India began. Ruto arrived in New Delhi on 1 January 0001.")]
    [InlineData("Ruto's 99999999999-day state visit to India began. Ruto arrived in New Delhi on Monday.")]
    [InlineData("Ruto's three-day state visit to India began 3000 years ago. Ruto arrived in New Delhi on Monday.")]
    [InlineData("Ruto's three-day state visit to India began. Ruto arrived in New Delhi in year 0 on Monday.")]
    public void Extract_HostileStay_NeverThrows(string text) => Assert.NotNull(Coded(text));
}
