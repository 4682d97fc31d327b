using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// A dated sentence in the past perfect steps back from the story ("Kenya had expelled an Ethiopian diplomat on Monday."); the
/// undated sentence after it, told in the simple past again, is back on the story's line and takes the story's day, not the
/// flashback's. So do the sentences after the arrival that opened the stay the story is in ("He arrived on Monday for a
/// three-day visit." after the lead's Wednesday). Twins: the same second sentence after a simple-past sentence keeps the
/// chain; a reported past perfect after the flashback stays in it; an arrival that is the story's first day is no step back. Our own sentences; the publication day is Friday 10 May 2024.
/// </summary>
public sealed class FlashbackReturnTests
{
    private const string Friday = "2024-05-10";

    [Theory]
    [InlineData("Kenya and Ethiopia traded fire across the border on Thursday. Kenya had expelled an Ethiopian diplomat on Monday. Ethiopia recalled its ambassador from Nairobi.", "ETH>KEN 161 2024-05-09")]
    [InlineData("Chile and Peru exchanged protest notes on Thursday. Lima had summoned Chile's ambassador on Tuesday over the fishing dispute. Chile accused Peru of stoking nationalism.", "CHL>PER 112 2024-05-09")]
    // A sentence that codes nothing returns to the story's day too, and hands it on.
    [InlineData("Kenya and Ethiopia traded fire across the border on Thursday. Kenya had expelled an Ethiopian diplomat on Monday. The border region was quiet. Ethiopia recalled its ambassador from Nairobi.", "ETH>KEN 161 2024-05-09")]
    // The arrival that opened the stay the story is in is a step back as well.
    [InlineData("Portugal's prime minister held talks in Luanda on Wednesday. He arrived on Monday for a three-day visit. Portugal and Angola signed a fisheries agreement.", "PRT>AGO 057 2024-05-08")]
    public void Extract_SimplePastAfterADatedFlashback_TakesTheStoryDay(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, Friday));

    [Theory]
    // Twin: with no step back, the chain carries the day told last.
    [InlineData("Kenya and Ethiopia traded fire across the border on Thursday. Kenya expelled an Ethiopian diplomat on Monday. Ethiopia recalled its ambassador from Nairobi.", "ETH>KEN 161 2024-05-06")]
    // Twin: a report in the past perfect goes on in the flashback.
    [InlineData("Kenya and Ethiopia traded fire across the border on Thursday. Kenya had expelled an Ethiopian diplomat on Monday. Nairobi said Ethiopia had recalled its ambassador from Kenya.", "ETH>KEN 161 2024-05-06")]
    // Twin: an arrival that is the story's first day is no step back; the acts after it are on that day.
    [InlineData("Portugal's prime minister arrived in Luanda on Monday for a three-day visit. Portugal and Angola signed a fisheries agreement.", "PRT>AGO 057 2024-05-06")]
    public void Extract_NoReturnFromAFlashback_KeepsTheCarriedDay(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, Friday));

    // Any publication day, the story on that day and a flashback one to six days before: the simple-past sentence after the
    // flashback takes the story's day; after the same sentence in the simple past, the flashback's.
    [Fact]
    public void Property_ReturnFromAFlashback_TakesTheStoryDay() =>
        Prop.ForAll((from doc in RandomNewsDays.Days from back in Gen.Choose(1, 6) from perfect in Gen.Elements(false, true) select (doc, back, perfect)).ToArbitrary(), c =>
        {
            var earlier = c.doc.AddDays(-c.back);
            var (storyDay, backDay) = (RandomNewsDays.Weekdays[(int)c.doc.DayOfWeek], RandomNewsDays.Weekdays[(int)earlier.DayOfWeek]);
            var verb = c.perfect ? "had expelled" : "expelled";
            var text = $"Kenya and Ethiopia traded fire across the border on {storyDay}. Kenya {verb} an Ethiopian diplomat on {backDay}. Ethiopia recalled its ambassador from Nairobi.";
            var expected = (c.perfect ? c.doc : earlier).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return RandomNewsDays.Coded(text, c.doc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Contains($"ETH>KEN 161 {expected}");
        }).QuickCheckThrowOnFailure();
}
