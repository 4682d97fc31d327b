using Orkhon.Domain;
using Orkhon.Extraction;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Extraction.Mentions;

/// <summary>
/// How wire copy names actors: coordinated possessives before one office, offices by title, dotted abbreviations,
/// "the West", and a stated nationality before a title that outranks a same-named office-holder elsewhere.
/// </summary>
public sealed class ActorPhraseTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, new DateOnly(2024, 10, 16));

    [Theory]
    [InlineData("Mongolia's and Kazakhstan's presidents held talks in Astana on Oct. 16, 2024.", "MNG", "KAZ")]
    [InlineData("Japan's and South Korea's leaders met in Tokyo on Saturday.", "JPN", "KOR")]
    public void CoordinatedPossessives_ShareTheOffice(string text, string first, string second)
    {
        var e = Assert.Single(Extract(text));
        Assert.Equal((first, second), (e.Source.Code, e.Target.Code));
        Assert.Equal(ActorRole.HeadOfState, e.Source.Role);
    }

    [Fact]
    public void PossessivesOfThree_EachCriticise()
    {
        var events = Extract("Poland's, Lithuania's and Latvia's presidents criticised Belarus on Monday.");
        Assert.Equal(["LTU", "LVA", "POL"], events.Where(e => e.Target.Code == "BLR").Select(e => e.Source.Code).Order());
    }

    [Theory]
    [InlineData("Pakistan's foreign office criticised India on Monday.", "PAK", ActorRole.ForeignMinistry)]
    [InlineData("China's special envoy held talks with Ukraine's foreign minister in Kyiv on Tuesday.", "CHN", ActorRole.ForeignMinistry)]
    [InlineData("Russia's top diplomat criticised Japan on Monday.", "RUS", ActorRole.ForeignMinistry)]
    [InlineData("A Russian court convicted a U.S. soldier on Monday.", "RUS", ActorRole.Judiciary)]
    [InlineData("Chinese trade negotiators held talks with U.S. officials in Geneva on Sunday.", "CHN", ActorRole.Government)]
    public void OfficeByTitle_IsItsState(string text, string source, ActorRole role) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Source.Role == role);

    [Theory]
    [InlineData("Uzbekistan's state-owned Uzbekneftegaz signed a deal with China's CNPC on Wednesday.", "UZB", "CHN")]
    [InlineData("Russia's state-run Rosatom signed a contract with Uzbekistan on Monday.", "RUS", "UZB")]
    public void StateOwnedFirmNamedAfterItsState_ActsForIt(string text, string source, string target)
    {
        var e = Assert.Single(Extract(text));
        Assert.Equal((source, target, ActorRole.Business), (e.Source.Code, e.Target.Code, e.Source.Role));
    }

    [Fact]
    public void CompaniesOfAState_AreStillNoSource() =>
        // Private firms are not the state: only a named firm the text calls state-owned acts.
        Assert.Empty(Extract("Kazakh companies signed deals with China on Monday."));

    [Fact]
    public void ChargeDAffaires_IsTheForeignMinistry() =>
        Assert.Contains(Extract("Iraq summoned the Turkish charge d'affaires on Monday."), e => e.Source.Code == "IRQ" && e.Target.Code == "TUR");

    [Fact]
    public void StatedNationality_WinsOverASameNamedOfficeHolder()
    {
        // "Han" also names South Korean prime ministers in the table; the text says Chinese.
        var e = Assert.Single(Extract("Chinese Vice President Han Zheng met Brazilian Foreign Minister Mauro Vieira in Beijing on Thursday."));
        Assert.Equal(("CHN", "BRA"), (e.Source.Code, e.Target.Code));
    }

    [Theory]
    [InlineData("U.N.", "UN")]
    [InlineData("E.U.", "EU")]
    [InlineData("U.K.", "GBR")]
    [InlineData("U.S.", "USA")]
    [InlineData("U.N. General Assembly", "UNGA")]
    [InlineData("West", "WST")]
    [InlineData("Western governments", "WST")]
    public void DottedAbbreviationsAndTheWest_Resolve(string name, string code) => Assert.Equal(code, ReferenceData.Default.Gazetteer.Resolve(name)?.Code);

    [Fact]
    public void TheWest_IsNotSamoa()
    {
        var events = Extract("The E.U. and the West criticised Russia on Monday.");
        Assert.DoesNotContain(events, e => e.Source.Code == "WSM" || e.Target.Code == "WSM");
        Assert.Contains(events, e => e.Source.Code == "WST" && e.Target.Code == "RUS");
    }

    [Fact]
    public void FlaggedShip_IsItsStatesTarget()
    {
        // The ship's flag state is what is hit; the compound is never an actor.
        var e = Assert.Single(Extract("Iran attacked a Portuguese-flagged container ship on Saturday."));
        Assert.Equal(("IRN", "PRT"), (e.Source.Code, e.Target.Code));
    }

    [Fact]
    public void TheWestBank_IsAPlaceNotTheWest() =>
        Assert.Equal(("PSE", NameForm.Place), (ReferenceData.Default.Gazetteer.Resolve("West Bank")?.Code, ReferenceData.Default.Gazetteer.Resolve("West Bank")?.Form));
}
