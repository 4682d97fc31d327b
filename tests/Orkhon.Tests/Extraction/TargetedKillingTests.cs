using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// The killing of a named leader is an assassination (186), and the strike that killed him is no second act
/// (<see cref="TargetedKillings"/>); a place after a preposition and a compass word is the strike's object, never the
/// killer (SubjectFinder). Sentences of our own.
/// </summary>
public sealed class TargetedKillingTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Theory]
    [InlineData("An Israeli drone strike on a flat in Beirut killed Hezbollah commander Ali Karaki on Monday.", "ISR", "LBN")]
    [InlineData("Hezbollah leader Hassan Nasrallah was killed in an Israeli air strike on Beirut on Friday.", "ISR", "LBN")]
    [InlineData("Israel killed Hamas leader Yahya Sinwar in Gaza in October.", "ISR", "PSE")]
    [InlineData("A US drone strike killed Iranian General Qassem Soleimani in Baghdad in January 2020.", "USA", "IRN")]
    public void NamedLeaderKilled_IsAnAssassinationAlone(string text, string source, string target)
    {
        var events = Extract(text);
        Assert.Contains(events, e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value == "186");
        Assert.DoesNotContain(events, e => e.Cameo.Value.StartsWith("19", StringComparison.Ordinal));
    }

    [Theory]
    // No name after the title: a killing, not an assassination.
    [InlineData("An Israeli drone strike killed a senior Hamas commander in Lebanon on Tuesday.")]
    [InlineData("A Russian missile strike on Kharkiv killed 12 civilians on Sunday.")]
    [InlineData("Turkish air strikes on northern Iraq killed five people on Saturday.")]
    // A title with no killing.
    [InlineData("Israel met Hamas leader Ismail Haniyeh's envoys in Cairo.")]
    public void NoNamedLeaderKilled_GivesNoAssassination(string text) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.Value == "186");

    [Theory]
    [InlineData("Turkish air strikes on northern Iraq killed five people on Saturday.", "TUR", "IRQ")]
    [InlineData("Russian shelling of eastern Ukraine killed three civilians on Monday.", "RUS", "UKR")]
    public void PlaceAfterCompassWord_IsTheObjectNotTheKiller(string text, string attacker, string attacked)
    {
        var events = Extract(text);
        Assert.Contains(events, e => e.Source.Code == attacker && e.Target.Code == attacked);
        Assert.DoesNotContain(events, e => e.Source.Code == attacked);
    }
}
