using FsCheck;
using FsCheck.Fluent;
using Orkhon.Domain;

namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// A count told with the date beside it ("Two years later, in May 2021, …", "Days later, on 9 March 2019, …", "In February
/// 2020, less than a year later, …"): the count says how long after, the date says when, and the act takes the date at the
/// precision it gives; a "later" glossed this way sequences nothing. Our own sentences, fronted and trailing, newspaper and
/// agency style, different actors and roots.
/// </summary>
public sealed class RestatedCountTests
{
    private const string Published = "2024-10-25";

    [Theory]
    [InlineData("Kenya expelled a Somali diplomat in March 2019. Two years later, in May 2021, Somalia recalled its ambassador from Nairobi.", "SOM>KEN 161 2021-05")]
    [InlineData("Kenya expelled a Somali diplomat in March 2019. Less than a year later, in February 2020, Somalia recalled its ambassador from Nairobi.", "SOM>KEN 161 2020-02")]
    [InlineData("Poland expelled a Russian diplomat in April 2022. Weeks later, on 18 May 2022, Russia expelled two Polish diplomats.", "RUS>POL 174 2022-05-18")]
    [InlineData("Japan and South Korea signed a fisheries pact in June 2015. A year later, on 5 June 2016, South Korea's foreign minister praised Japan.", "KOR>JPN 051 2016-06-05")]
    [InlineData("Kenya expelled a Somali diplomat in March 2019. Somalia recalled its ambassador from Nairobi two years later, in May 2021.", "SOM>KEN 161 2021-05")]
    [InlineData("Kenya expelled a Somali diplomat in March 2019. In February 2020, less than a year later, Somalia recalled its ambassador from Nairobi.", "SOM>KEN 161 2020-02")]
    public void Extract_CountWithADateBesideIt_TakesTheDate(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, Published));

    [Theory]
    // Hard negatives: what stands beside the count is no date but a noun whose month names another event ("marking the March
    // 2019 expulsion"), so the count alone dates the act; the first act keeps its own month.
    [InlineData("Kenya expelled a Somali diplomat in March 2019. A year later, in a speech marking the March 2019 expulsion, Somalia's president criticised Kenya.", "SOM>KEN 111 2020")]
    [InlineData("Kenya expelled a Somali diplomat in March 2019. A year later, in a speech marking the March 2019 expulsion, Somalia's president criticised Kenya.", "KEN>SOM 174 2019-03")]
    public void Extract_CountWithNoDateBesideIt_KeepsTheCount(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, Published));

    // Any day and any later day: "Days later, on <day>," dates the act that day; "A year later, on <a day of the next year>,"
    // dates it that day, not the year alone.
    [Fact]
    public void Property_DateBesideACount_DatesTheAct() =>
        Prop.ForAll((from first in RandomNewsDays.Days from gap in Gen.Choose(2, 20) from inYear in Gen.Choose(0, 364) select (first, gap, inYear)).ToArbitrary(), c =>
        {
            var later = c.first.AddDays(c.gap);
            var days = $"Kenya expelled a Somali diplomat on {RandomNewsDays.Written(c.first)}. Days later, on {RandomNewsDays.Written(later)}, Somalia recalled its ambassador from Nairobi.";
            var nextYear = new DateOnly(c.first.Year + 1, 1, 1).AddDays(Math.Min(c.inYear, DateTime.IsLeapYear(c.first.Year + 1) ? 365 : 364));
            var year = $"Kenya expelled a Somali diplomat on {RandomNewsDays.Written(c.first)}. A year later, on {RandomNewsDays.Written(nextYear)}, Somalia recalled its ambassador from Nairobi.";
            var doc = new DateOnly(2027, 12, 31);
            return RandomNewsDays.Dates(days, doc).Contains(FuzzyDate.OfDay(later)) && RandomNewsDays.Dates(year, doc).Contains(FuzzyDate.OfDay(nextYear));
        }).QuickCheckThrowOnFailure();
}
