using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// A reduced relative clause, a past participle after the noun of an object ("had granted a request made on Wednesday by
/// the Kenyan government"), dates the participle's act: its time is background, so the story stays on the day it was on and
/// the undated sentence after it takes that day, as after a "which" clause. Twins: a finite verb with its subject ("the
/// Kenyan government made a request on Wednesday", "the government appealed on Wednesday" after a verb of saying, "Officials
/// in the capital appealed on Wednesday" with no verb before the subject) moves the story to that day. Our own sentences;
/// the publication day is Friday 10 May 2024.
/// </summary>
public sealed class ReducedRelativeTimeTests
{
    private const string Friday = "2024-05-10";
    private const string Opening = "Italy released a Kenyan sailor on Friday. ";
    private const string Thanks = " Kenya thanked Italy for the gesture.";

    [Theory]
    [InlineData("Rome said it had granted a request made on Wednesday by the Kenyan government.")]
    [InlineData("Rome said it had granted a request sent on Wednesday by the Kenyan government.")]
    [InlineData("Rome said it had answered an appeal delivered in Nairobi on Wednesday.")]
    public void Extract_TimeOfAReducedRelative_DoesNotMoveTheStory(string middle)
    {
        var coded = RandomNewsDays.Coded(Opening + middle + Thanks, Friday);
        Assert.Contains("ITA>KEN 0841 2024-05-10", coded);
        Assert.Contains("KEN>ITA 051 2024-05-10", coded);
    }

    [Theory]
    // Twin: the same request told by a finite verb with its subject is the sentence's act, and the story moves to its day.
    [InlineData("Rome said the Kenyan government made a request on Wednesday.")]
    // Twin: a subject right after a verb of saying.
    [InlineData("Rome said the government appealed on Wednesday for his release.")]
    // Twin: a subject with a place after it, and no verb before it.
    [InlineData("Officials in the capital appealed on Wednesday for his release.")]
    public void Extract_TimeOfAFiniteVerb_MovesTheStory(string middle) =>
        Assert.Contains("KEN>ITA 051 2024-05-08", RandomNewsDays.Coded(Opening + middle + Thanks, Friday));

    private static readonly string[] s_participles = ["made", "sent", "delivered", "issued", "filed"];
    private static readonly string[] s_nouns = ["request", "appeal", "plea", "petition"];

    // Any publication day, any earlier day of the same week or the week before (one to six days back, by weekday), any
    // participle and noun: the thanks after the reduced relative stay on the day of the release; told by a finite verb with
    // its subject, the request's day moves the story, and the thanks take it.
    [Fact]
    public void Property_ReducedRelativeTime_LeavesTheStoryDay() =>
        Prop.ForAll((from doc in RandomNewsDays.Days
                     from back in Gen.Choose(1, 6)
                     from participle in Gen.Elements(s_participles)
                     from noun in Gen.Elements(s_nouns)
                     select (doc, back, participle, noun)).ToArbitrary(), c =>
        {
            var doc = c.doc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var earlier = RandomNewsDays.Weekdays[(int)c.doc.AddDays(-c.back).DayOfWeek];
            var opening = $"Italy released a Kenyan sailor on {RandomNewsDays.Weekdays[(int)c.doc.DayOfWeek]}. ";
            var reduced = RandomNewsDays.Coded($"{opening}Rome said it had granted a {c.noun} {c.participle} on {earlier} by the Kenyan government.{Thanks}", doc);
            var finite = RandomNewsDays.Coded($"{opening}Rome said the Kenyan government {c.participle} a {c.noun} on {earlier}.{Thanks}", doc);
            return reduced.Contains($"KEN>ITA 051 {doc}")
                && finite.Contains($"KEN>ITA 051 {c.doc.AddDays(-c.back):yyyy-MM-dd}");
        }).QuickCheckThrowOnFailure();
}
