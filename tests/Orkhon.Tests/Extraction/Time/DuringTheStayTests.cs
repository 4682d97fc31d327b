namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// "During the visit" after a stay told from its first day: the acts the sentence tells took place over the stay, not on the
/// day of arrival the story hands on (the coding README: "during the trip" inherits the visit's span). A day of the sentence's
/// own, a sentence that does not open with "During", a third party's act and a stay whose length is never told keep their
/// dates. Our own sentences; the publication day is Friday 14 March 2025.
/// </summary>
public sealed class DuringTheStayTests
{
    private const string Friday = "2025-03-14";

    private static string[] Dated(string text) => RandomNewsDays.Coded(text, Friday);

    [Theory]
    [InlineData("HANOI, March 14 (Reuters) - Indonesia's president arrived in Hanoi on Tuesday for a three-day state visit. During the visit he held talks with Vietnam's president and the two sides signed a maritime agreement.",
        "IDN>VNM 042 2025-03-11/2025-03-13", "IDN>VNM 040 2025-03-11/2025-03-13", "IDN>VNM 057 2025-03-11/2025-03-13")]
    [InlineData("ASTANA, March 14 (AFP) - Turkey's foreign minister arrived in Astana on Monday for a four-day official visit. During his trip, he met Kazakhstan's president.",
        "TUR>KAZ 042 2025-03-10/2025-03-13", "TUR>KAZ 040 2025-03-10/2025-03-13")]
    [InlineData("Chile's president arrived in Canberra on Wednesday for a two-day visit. During her stay, Australia signed a trade agreement with Chile.",
        "CHL>AUS 042 2025-03-12/2025-03-13", "AUS>CHL 057 2025-03-12/2025-03-13")]
    [InlineData("NAIROBI, March 14 (Xinhua) - Ethiopia's prime minister arrived in Nairobi on Tuesday for a three-day state visit. He laid a wreath at a memorial. During the visit, Kenya's president hosted him at State House.",
        "ETH>KEN 042 2025-03-11/2025-03-13", "KEN>ETH 043 2025-03-11/2025-03-13")]
    [InlineData("SEOUL, March 14 (Yonhap) - Poland's president arrived in Seoul on Monday for a five-day state visit. During the state visit he signed a defence agreement with South Korea's president.",
        "POL>KOR 042 2025-03-10/2025-03-14", "POL>KOR 057 2025-03-10/2025-03-14")]
    public void ActsOfASentenceOpeningDuringTheVisit_SpanTheStay(string text, params string[] expected) =>
        Assert.Equal(expected.Order(), Dated(text).Order());

    [Theory]
    // A day of the sentence's own stays.
    [InlineData("HANOI, March 14 (Reuters) - Indonesia's president arrived in Hanoi on Tuesday for a three-day state visit. During the visit, on Wednesday, he held talks with Vietnam's president.",
        "IDN>VNM 040 2025-03-12")]
    // Without "During", the story's day is handed on (StoryDayTests).
    [InlineData("DUSHANBE, March 14 (Reuters) - Kazakhstan's president arrived in Tajikistan on Thursday for a two-day state visit. The two leaders signed a treaty on friendship.",
        "KAZ>TJK 057 2025-03-13")]
    // A stay whose length is never told has no span to give.
    [InlineData("HANOI, March 14 (Reuters) - Indonesia's president arrived in Hanoi on Tuesday. During the visit he held talks with Vietnam's president.",
        "IDN>VNM 040 2025-03-11")]
    public void OtherActs_KeepTheirDates(string text, string expected) =>
        Assert.Contains(expected, Dated(text));

    [Fact]
    public void AThirdPartysAct_IsNotTheStays()
    {
        var dated = Dated("HANOI, March 14 (Reuters) - Indonesia's president arrived in Hanoi on Tuesday for a three-day state visit. During the visit, Japan signed a fisheries agreement with Thailand.");
        var third = Assert.Single(dated, e => e.StartsWith("JPN>THA", StringComparison.Ordinal));
        Assert.DoesNotContain("2025-03-11/2025-03-13", third, StringComparison.Ordinal);
    }
}
