using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// A standing charge or denial told in the simple present ("Washington and Seoul accuse Pyongyang of …", "a charge Moscow
/// rejects"), in a sentence that names no time, is a position that holds: it takes no date from the story, the side the corpus
/// README's table "Date calls the writers split" names first. Twins: the same sentence in the past ("accused", "denied") takes
/// the story's day, and a present denial beside a time of its sentence ("cut ties on Monday, accusing it of …, a charge Doha
/// rejects") takes that time. Our own sentences.
/// </summary>
public sealed class PresentStanceTests
{
    private const string Friday = "2024-06-21";
    private const string Lead = "SEOUL, June 21 (Reuters) - South Korea summoned Russia's ambassador on Friday to protest against the defence treaty. ";

    [Theory]
    [InlineData(Lead + "Washington and Seoul accuse Pyongyang of supplying missiles to Russia, which North Korea denies.", Friday,
        "USA>PRK 112 -", "PRK>KOR 016 -")]
    [InlineData("KYIV, March 14 (Reuters) - Ukraine's foreign minister met his Polish counterpart on Thursday. Kyiv accuses Moscow of deporting thousands of Ukrainian children, a charge Russia rejects.",
        "2024-03-14", "UKR>RUS 112 -", "RUS>UKR 016 -")]
    public void Extract_PresentStanceInAnUndatedSentence_HasNoDate(string text, string doc, string accusation, string denial)
    {
        var coded = RandomNewsDays.Coded(text, doc);
        Assert.Contains(accusation, coded);
        Assert.Contains(denial, coded);
    }

    // Twin: told in the past, the charge and the denial are acts of the story's day.
    [Fact]
    public void Extract_PastStance_TakesTheStoryDay()
    {
        var coded = RandomNewsDays.Coded(Lead + "Washington and Seoul accused Pyongyang of supplying missiles to Russia, which North Korea denied.", Friday);
        Assert.Contains("USA>PRK 112 2024-06-21", coded);
        Assert.Contains("PRK>KOR 016 2024-06-21", coded);
    }

    // Twin: a present denial in a sentence that names a time takes that time, as the writers date it.
    [Fact]
    public void Extract_PresentStanceBesideATime_TakesIt() =>
        Assert.Contains("QAT>BHR 016 2017-06-05", RandomNewsDays.Coded(
            "MANAMA, June 5 (Reuters) - Bahrain cut diplomatic ties with Qatar on Monday, accusing it of backing militants, a charge Doha rejects.", "2017-06-05"));

    private static readonly (string Present, string Past)[] s_denials = [("denies", "denied"), ("rejects", "rejected"), ("disputes", "disputed")];

    // Any publication day and any of three denial verbs: the present denial after a dated lead has no date; its past twin
    // takes the lead's day.
    [Fact]
    public void Property_PresentDenial_HasNoDate_PastDenial_TakesTheLeadsDay() =>
        Prop.ForAll((from doc in RandomNewsDays.Days
                     from verb in Gen.Elements(s_denials)
                     select (doc, verb)).ToArbitrary(), c =>
        {
            var doc = c.doc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var lead = $"{RandomNewsDays.Dateline("KYIV", c.doc)}Ukraine's foreign minister met his Polish counterpart on {RandomNewsDays.Weekdays[(int)c.doc.DayOfWeek]}. ";
            var present = RandomNewsDays.Coded($"{lead}Kyiv accuses Moscow of deporting Ukrainian children, a charge Russia {c.verb.Present}.", doc);
            var past = RandomNewsDays.Coded($"{lead}Kyiv accused Moscow of deporting Ukrainian children, a charge Russia {c.verb.Past}.", doc);
            return present.Contains("RUS>UKR 016 -") && past.Contains($"RUS>UKR 016 {doc}");
        }).QuickCheckThrowOnFailure();
}
