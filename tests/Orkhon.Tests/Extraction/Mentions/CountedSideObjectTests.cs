using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction.Mentions;

/// <summary>
/// A counted group of three or more as a verb's object ("criticised the three countries", "recalled its ambassadors from the
/// four states") is the side of the last act that counts as many, when the subject is none of them, not the last names told,
/// which may run across both sides of that act.
/// </summary>
public sealed class CountedSideObjectTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    private static HashSet<string> Targets(List<EventMention> events, string source, int root) =>
        events.Where(e => e.Source.Code == source && e.Cameo.RootNumber == root).Select(e => e.Target.Code).ToHashSet(StringComparer.Ordinal);

    [Theory]
    [InlineData("Egypt, Saudi Arabia, Bahrain and the UAE cut ties with Qatar. Turkey criticised the four boycotting states.", "TUR", 11, "EGY SAU BHR ARE")]
    [InlineData("Spain, Ireland and Norway recognised a Palestinian state on Tuesday. Israel recalled its ambassadors from the three countries.", "ISR", 16, "ESP IRL NOR")]
    [InlineData("Britain, France and Germany imposed sanctions on Iran. Tehran condemned the three European powers.", "IRN", 11, "GBR FRA DEU")]
    [InlineData("Russia, China and Iran held naval drills in the Gulf of Oman. Washington criticised the three countries.", "USA", 11, "RUS CHN IRN")]
    [InlineData("India hosted Japan and Australia for talks. China criticised the three countries on Friday.", "CHN", 11, "IND JPN AUS")]
    public void ACountedGroupAsObject_IsOneSideOfTheLastAct(string text, string source, int root, string side)
    {
        Assert.Equal(side.Split(' ').ToHashSet(StringComparer.Ordinal), Targets(Extract(text), source, root));
    }

    [Fact]
    public void TheStateActedOn_IsNotAmongTheGroup()
    {
        var events = Extract("Egypt, Saudi Arabia, Bahrain and the UAE cut ties with Qatar. Turkey criticised the four boycotting states.");
        Assert.DoesNotContain(events, e => (e.Source.Code, e.Target.Code) == ("TUR", "QAT"));
    }

    [Fact]
    public void ASubjectAmongTheSide_LeavesTheSideAlone()
    {
        // Britain is one of the three that acted: the side is not its object.
        var events = Extract("Britain, France and Germany imposed sanctions on Iran. Britain later criticised the three countries.");
        Assert.DoesNotContain(events, e => (e.Source.Code, e.Target.Code) == ("GBR", "GBR"));
    }
}
