using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction.Mentions;

/// <summary>
/// "the bloc" with no regional, economic or forum grouping named is the one military alliance named (the CSTO, NATO), as news
/// calls them ("the Russia-led bloc", "the Western military bloc"); two alliances named give nothing (BodyReferences).
/// </summary>
public sealed class BlocAsAllianceTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Theory]
    [InlineData("Tajikistan turned to the CSTO in 2021 after clashes on its border. The bloc has promised Tajikistan military aid.", "CSTO", "TJK")]
    [InlineData("Georgia wants to join NATO one day. On Monday Russia warned the bloc against expanding further east.", "RUS", "NATO")]
    [InlineData("The Collective Security Treaty Organization held drills in Belarus. Armenia criticised the bloc on Friday for ignoring its requests.", "ARM", "CSTO")]
    public void TheBloc_IsTheOneMilitaryAllianceNamed(string text, string source, string target)
    {
        Assert.Contains(Extract(text), e => (e.Source.Code, e.Target.Code) == (source, target));
    }

    [Fact]
    public void TwoAlliancesNamed_GiveNothing()
    {
        var events = Extract("Officials compared NATO with the CSTO at a forum in Vienna. On Monday Russia warned the bloc against expanding further east.");
        Assert.DoesNotContain(events, e => e.Target.Code is "NATO" or "CSTO");
    }

    [Fact]
    public void ARegionalGroupingNamed_IsStillTheBloc()
    {
        // The EU is the bloc; NATO, a military alliance, is not chosen over it.
        var events = Extract("Finland joined NATO in 2023 and has been in the European Union since 1995. Russia warned the bloc on Monday against new sanctions.");
        Assert.DoesNotContain(events, e => (e.Source.Code, e.Target.Code) == ("RUS", "NATO"));
    }

    [Fact]
    public void NoAllianceNamed_GivesNothing()
    {
        Assert.DoesNotContain(Extract("Russia warned the bloc on Monday against expanding further east."), e => e.Source.Code == "RUS");
    }
}
