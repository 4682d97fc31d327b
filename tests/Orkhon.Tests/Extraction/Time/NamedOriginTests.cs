namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// A counted time after a place or a party named after "from", "on", "against" or "over" ("recalled its envoy from Nairobi
/// later that week", "imposed sanctions on Russia a year later") dates the act: the name is no figure being compared. A figure
/// compared ("up 5 percent from $4.5 billion a year earlier") still dates nothing. Our own sentences.
/// </summary>
public sealed class NamedOriginTests
{
    private const string Published = "2024-06-14";

    [Theory]
    [InlineData("Kenya summoned Uganda's ambassador on Tuesday. Nairobi recalled its envoy from Kampala later that week.", "KEN>UGA 161 2024-06-10/2024-06-16")]
    [InlineData("Russia annexed Crimea in March 2014. The European Union imposed sanctions on Russia a year later.", "EU>RUS 163 2015")]
    [InlineData("Azerbaijan and Armenia clashed on 12 September 2022. Armenia recalled its ambassador from Moscow later that month.", "ARM>RUS 161 2022-09")]
    [InlineData("Mali expelled the French ambassador on 31 January 2022. France withdrew its troops from Mali two years later.", "FRA>MLI 0874 2024")]
    public void Extract_CountAfterAName_DatesTheAct(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, Published));

    // Hard negative: a figure compared keeps its count out of the act's date.
    [Fact]
    public void Tag_CountAfterAFigure_IsNoDate() =>
        Assert.DoesNotContain(RandomNewsDays.Tagged("Mongolia signed a coal deal with China on 3 May 2023. Exports rose 5 percent from $4.5 billion a year earlier.", Published),
            t => t == "2022");
}
