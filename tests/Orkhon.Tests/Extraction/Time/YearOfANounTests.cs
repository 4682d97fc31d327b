using FsCheck;
using FsCheck.Fluent;
using Orkhon.Domain;

namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// A year that completes a noun ("the famine of 1984", "the dictatorship of 1917") is no time to count "two days later" from:
/// the day written before it is. Our own sentences, in several orders and actors.
/// </summary>
public sealed class YearOfANounTests
{
    [Theory]
    [InlineData("On 5 May 2022, Kenya's president compared the crisis to the famine of 1984; three days later, Kenya expelled a Somali diplomat.", "KEN>SOM 174 2022-05-08")]
    [InlineData("On 10 March 2023, in an interview, the pope likened Nicaragua's rulers to the tyrants of 1917; two days later, Nicaragua suspended diplomatic relations with the Vatican.", "NIC>VAT 161 2023-03-12")]
    [InlineData("On 2 June 2019, Sudan's army recalled the coup of 1989 in a statement, and two days later Ethiopia condemned Sudan.", "ETH>SDN 111 2019-06-04")]
    public void Extract_DaysCountedPastAYearOfANoun_CountFromTheDayWritten(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, "2024-10-02"));

    // The count runs from the day written, whatever year the noun carries.
    [Fact]
    public void Property_DaysLater_CountFromTheDayNotTheNounsYear() =>
        Prop.ForAll((from day in RandomNewsDays.Days from nounYear in Gen.Choose(1800, 2020) from n in Gen.Choose(2, 9) select (day, nounYear, n)).ToArbitrary(), c =>
        {
            var text = $"On {RandomNewsDays.Written(c.day)}, Sudan's army recalled the coup of {c.nounYear}, and {c.n} days later Ethiopia condemned Sudan.";
            var dates = RandomNewsDays.Dates(text, new DateOnly(2025, 12, 31));
            return dates.Contains(FuzzyDate.OfDay(c.day.AddDays(c.n)));
        }).QuickCheckThrowOnFailure();
}
