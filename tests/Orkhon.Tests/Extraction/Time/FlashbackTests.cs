using FsCheck;
using FsCheck.Fluent;

namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// A main clause told in the past perfect is a flashback: its act lies before the story's time, at a time the text does
/// not give, so it does not take the day the chain rule carries from the sentence before ("Beijing had warned Ulaanbaatar
/// …" after a sentence dated Tuesday has a null date, as the corpus conventions give background acts with no anchor). A
/// pluperfect under a reporting verb ("said … troops had fired") is the report's backshift and keeps the chain; a time of
/// its own still dates the flashback; "had talks" (a noun) and "had to" are no perfect. Our own sentences; the publication
/// day is Friday 10 May 2024.
/// </summary>
public sealed class FlashbackTests
{
    private const string Friday = "2024-05-10";

    [Theory]
    [InlineData("Mongolia and China signed a rail agreement on Tuesday. Beijing had warned Ulaanbaatar against the Dalai Lama's visit.", "CHN>MNG 130 -")]
    [InlineData("Turkey recalled its ambassador from Vienna on Thursday. Austria had earlier criticised Turkey over its treatment of journalists.", "AUT>TUR 111 -")]
    [InlineData("Lithuania expelled a Belarusian diplomat on Friday. Vilnius had accused Minsk of pushing migrants across the border.", "LTU>BLR 112 -")]
    [InlineData("Estonia welcomed its officer home on Saturday. Tallinn had repeatedly condemned Russia over the abduction.", "EST>RUS 111 -")]
    // A verb coordinated with the flashback shares it.
    [InlineData("Estonia welcomed its officer home on Saturday. Tallinn had condemned Russia over the arrest and demanded his release.", "EST>RUS 1053 -")]
    public void Extract_PastPerfectMainClause_TakesNoCarriedDate(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, Friday));

    [Theory]
    // A report's backshift keeps the story's day.
    [InlineData("Japan protested to China on Monday. Tokyo said Chinese coast guard ships had entered its territorial waters.", "CHN>JPN 192 2024-05-06")]
    [InlineData("Lithuania expelled a Belarusian diplomat on Friday. Vilnius said Minsk had expelled a Lithuanian diplomat.", "BLR>LTU 174 2024-05-10")]
    // A time of its own dates the flashback.
    [InlineData("Japan protested to China on Monday over the seizure of a fishing boat. Tokyo had summoned China's ambassador in March.", "JPN>CHN 114 2024-03")]
    // "had talks" is the past of "have", not a perfect.
    [InlineData("Putin arrived in Beijing on Monday. He had talks with Xi Jinping at the Great Hall of the People.", "RUS>CHN 040 2024-05-06")]
    // Another subject after ", and" tells an act of the story again.
    [InlineData("The Kenyan president hosted Ethiopia's prime minister on Wednesday. Ethiopia had accused Kenya of harbouring rebels, and the two leaders signed a security pact.", "KEN>ETH 057 2024-05-08")]
    [InlineData("Estonia welcomed its officer home on Saturday. Tallinn had condemned Russia over the arrest, and the European Union urged Moscow to free him.", "EU>RUS 020 2024-05-04")]
    public void Extract_NoFlashback_KeepsItsDate(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, Friday));

    // Any publication day and any weekday of the week before it: the story's act takes the weekday's day, a flashback in the
    // next sentence none, and the same act reported with "said" the story's day.
    [Fact]
    public void Property_FlashbackAfterADatedSentence_IsUndatedAndAReportedOneIsNot() =>
        Prop.ForAll((from doc in RandomNewsDays.Days from back in Gen.Choose(0, 6) from reported in Gen.Elements(false, true) select (doc, back, reported)).ToArbitrary(), c =>
        {
            var day = c.doc.AddDays(-c.back);
            var weekday = RandomNewsDays.Weekdays[(int)day.DayOfWeek];
            var second = c.reported ? "Vilnius said Minsk had expelled a Lithuanian diplomat." : "Minsk had expelled a Lithuanian diplomat.";
            var coded = RandomNewsDays.Coded($"Lithuania expelled a Belarusian diplomat on {weekday}. {second}", c.doc.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            var expected = c.reported ? day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "-";
            return coded.Contains($"BLR>LTU 174 {expected}") && coded.Contains($"LTU>BLR 174 {day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}");
        }).QuickCheckThrowOnFailure();
}
