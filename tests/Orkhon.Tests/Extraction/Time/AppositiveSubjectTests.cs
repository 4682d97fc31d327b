using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// A name set off by commas beside the subject of a temporal subordinate clause ("two days after Germany's foreign minister,
/// Annalena Baerbock, publicly criticised Russia") does not end the clause: its act is counted back from the main clause's
/// day, and a bare "after" clause keeps its vague anchor, as the same clause without the name does. Twins: a capitalised
/// name or a pronoun after the second comma opens the main clause ("After talks with …, Lavrov criticised Berlin on Friday");
/// with no name between commas nothing changes. Our own sentences; the publication day is Friday 10 May 2024.
/// </summary>
public sealed class AppositiveSubjectTests
{
    private const string Friday = "2024-05-10";

    [Theory]
    [InlineData("Moscow expelled two German diplomats on Friday, two days after Germany's foreign minister, Annalena Baerbock, publicly criticised Russia.", "DEU>RUS 111 2024-05-08")]
    [InlineData("Moscow expelled two German diplomats on Friday, three days after Germany's foreign minister, Annalena Baerbock, had accused Russia of spying.", "DEU>RUS 1125 2024-05-07")]
    [InlineData("Moscow expelled two German diplomats on Friday, a day after Germany's foreign minister, Annalena Baerbock, condemned Russia.", "DEU>RUS 111 2024-05-09")]
    public void Extract_CountedClauseWithAppositiveName_CountsBackFromTheMainDay(string text, string expected)
    {
        var coded = RandomNewsDays.Coded(text, Friday);
        Assert.Contains("RUS>DEU 174 2024-05-10", coded);
        Assert.Contains(expected, coded);
    }

    [Fact]
    public void Extract_BareAfterClauseWithAppositiveName_KeepsItsVagueAnchor()
    {
        var coded = RandomNewsDays.Coded("Moscow expelled two German diplomats on Friday, after Germany's foreign minister, Annalena Baerbock, criticised Russia.", Friday);
        Assert.Contains("DEU>RUS 111 -", coded);
        // Twin: the same clause without the name is dated alike.
        Assert.Contains("DEU>RUS 111 -", RandomNewsDays.Coded("Moscow expelled two German diplomats on Friday, after Germany's foreign minister criticised Russia.", Friday));
    }

    [Theory]
    // Twin: a capitalised word after the name's second comma is the main clause's subject; the main clause keeps its own day.
    [InlineData("After talks with Germany's foreign minister, Annalena Baerbock, Lavrov criticised Berlin on Friday.", "RUS>DEU 111 2024-05-10")]
    // Twin: no name between commas; the counted clause is counted back as before.
    [InlineData("Moscow expelled two German diplomats on Friday, two days after Germany's foreign minister criticised Russia.", "DEU>RUS 111 2024-05-08")]
    public void Extract_NoAppositiveInsideTheClause_Unchanged(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, Friday));

    // Days of Annalena Baerbock's office, whom the office-holder table knows: a name in commas must be an actor.
    private static readonly Gen<DateOnly> s_baerbockDays =
        from n in Gen.Choose(new DateOnly(2022, 1, 10).DayNumber, new DateOnly(2025, 4, 30).DayNumber) select DateOnly.FromDayNumber(n);

    private static readonly string[] s_counts = ["a day", "two days", "three days", "four days", "five days", "six days"];

    // Any publication day of her office, one to six days counted back, with or without an adverb before the verb: the act of
    // the counted clause with her name in commas is dated as the same clause without the name is, the main day less the count.
    [Fact]
    public void Property_AppositiveName_DoesNotEndTheCountedClause() =>
        Prop.ForAll((from doc in s_baerbockDays
                     from back in Gen.Choose(1, 6)
                     from adverb in Gen.Elements("", "publicly ", "again ")
                     select (doc, back, adverb)).ToArbitrary(), c =>
        {
            var weekday = RandomNewsDays.Weekdays[(int)c.doc.DayOfWeek];
            var doc = c.doc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var expected = $"DEU>RUS 111 {c.doc.AddDays(-c.back):yyyy-MM-dd}";
            var opening = $"Moscow expelled two German diplomats on {weekday}, {s_counts[c.back - 1]} after Germany's foreign minister";
            return RandomNewsDays.Coded($"{opening}, Annalena Baerbock, {c.adverb}criticised Russia.", doc).Contains(expected)
                && RandomNewsDays.Coded($"{opening} {c.adverb}criticised Russia.", doc).Contains(expected);
        }).QuickCheckThrowOnFailure();
}
