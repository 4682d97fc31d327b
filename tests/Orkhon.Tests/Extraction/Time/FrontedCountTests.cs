using FsCheck;
using FsCheck.Fluent;
using Orkhon.Domain;

namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// A count that opens the sentence ("Five days after Kenya expelled a Somali envoy, Somalia expelled a Kenyan diplomat on
/// Tuesday"): the act in the temporal clause lies that many days, weeks or months before the main clause's own time, told
/// after the comma; that time is never the temporal clause's own. Our own sentences, agency and newspaper order, different
/// actors and roots; publication day Wednesday 12 June 2024.
/// </summary>
public sealed class FrontedCountTests
{
    private const string Published = "2024-06-12";

    [Theory]
    [InlineData("Five days after Kenya expelled a Somali envoy, Somalia expelled a Kenyan diplomat on Tuesday.", "KEN>SOM 174 2024-06-06", "SOM>KEN 174 2024-06-11")]
    // Weeks, a time between the subject and its verb, a meeting for the main act.
    [InlineData("Two weeks after Ethiopia closed its border with Eritrea, the two countries' leaders met in Asmara on Monday.", "ETH>ERI 191 2024-05-27", "ETH>ERI 040 2024-06-10")]
    [InlineData("A day after Poland expelled five Russian diplomats, Russia on Saturday ordered three Polish diplomats to leave.", "POL>RUS 174 2024-06-07", "RUS>POL 174 2024-06-08")]
    // Months count from a month.
    [InlineData("Three months after Turkey threatened Sweden with sanctions, Ankara praised Stockholm in March.", "TUR>SWE 1312 2023-12", "TUR>SWE 051 2024-03")]
    // After an agency dateline.
    [InlineData("NAIROBI, June 11 (Reuters) - Five days after Kenya expelled a Somali envoy, Somalia expelled a Kenyan diplomat on Tuesday.", "KEN>SOM 174 2024-06-06", "SOM>KEN 174 2024-06-11")]
    public void Extract_FrontedCount_CountsBackFromTheMainClausesTime(string text, string counted, string main)
    {
        var coded = RandomNewsDays.Coded(text, Published);
        Assert.Contains(counted, coded);
        Assert.Contains(main, coded);
    }

    [Theory]
    // Hard negatives: the temporal clause's own day wins; a reporting clause's day is the statement's, not the main act's.
    [InlineData("Five days after Kenya expelled a Somali envoy on 3 June, Somalia expelled a Kenyan diplomat on Tuesday.", "KEN>SOM 174 2024-06-03")]
    [InlineData("Five days after Kenya expelled a Somali envoy, Somalia expelled a Kenyan diplomat, officials said on Tuesday.", "KEN>SOM 174 -")]
    // The count after the main clause still counts from it.
    [InlineData("Somalia expelled a Kenyan diplomat on Tuesday, five days after Kenya expelled a Somali envoy.", "KEN>SOM 174 2024-06-06")]
    public void Extract_CountWithAnotherTime_KeepsWhatTheTextTells(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, Published));

    // Any day and any count: the fronted clause's act is that many days before the main clause's day.
    [Fact]
    public void Property_FrontedDays_CountBackFromTheMainDay() =>
        Prop.ForAll((from day in RandomNewsDays.Days from n in Gen.Choose(2, 9) select (day, n)).ToArbitrary(), c =>
        {
            var words = new[] { "", "", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine" };
            var text = $"{words[c.n]} days after Kenya expelled a Somali envoy, Somalia expelled a Kenyan diplomat on {RandomNewsDays.Written(c.day)}.";
            var dates = RandomNewsDays.Dates(text, new DateOnly(2025, 12, 31));
            return dates.Contains(FuzzyDate.OfDay(c.day.AddDays(-c.n))) && dates.Contains(FuzzyDate.OfDay(c.day));
        }).QuickCheckThrowOnFailure();

    // At the calendar's start the count would pass 0001-01-01: no date rather than an overflow.
    [Fact]
    public void Extract_FrontedCountPastTheCalendarsStart_DoesNotThrow() =>
        Assert.NotEmpty(RandomNewsDays.Coded("Five days after Kenya expelled a Somali envoy, Somalia expelled a Kenyan diplomat on 2 January 0001.", "0001-01-03"));
}
