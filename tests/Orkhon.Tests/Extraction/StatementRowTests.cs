using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// The reaction rows of the statements block (branch p9-statements): complaints lodged against a state, regret at another's
/// act, reactions that damn the act by a word of their own, investigations named by their kind, denials of wrongdoing, and
/// their hard negatives.
/// </summary>
public sealed class StatementRowTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Theory]
    [InlineData("Estonia lodged a protest against Russia with the OSCE on Tuesday.", "EST", "RUS", "114")]
    [InlineData("Hungary regretted that Ukraine had closed the minority schools.", "HUN", "UKR", "111")]
    [InlineData("Minsk called the Lithuanian ruling unjust.", "BLR", "LTU", "111")]
    [InlineData("Tehran called the British seizure of the tanker an act of piracy.", "IRN", "GBR", "111")]
    [InlineData("Azerbaijan opened a criminal investigation against Armenian soldiers in 2021.", "AZE", "ARM", "091")]
    [InlineData("Germany raised concerns about Hungary's veto on Monday.", "DEU", "HUN", "110")]
    [InlineData("Kyiv chided Budapest for blocking the aid package.", "UKR", "HUN", "111")]
    [InlineData("Tokyo said it hoped Seoul would keep the 2015 agreement.", "JPN", "KOR", "020")]
    [InlineData("Armenia sought France's backing for its peace plan on Tuesday.", "ARM", "FRA", "022")]
    [InlineData("Georgia petitioned the European Union to grant it candidate status.", "GEO", "EU", "020")]
    public void ReactionRows_CodeTheirEvent(string text, string source, string target, string code) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value == code);

    [Theory]
    [InlineData("Lithuania called for an investigation into the crash.")]
    [InlineData("Poland called on the European Union to act.")]
    [InlineData("Georgia did not open a criminal investigation.")]
    [InlineData("The Georgian protesters regretted that the weather was bad.")]
    [InlineData("Kazakhstan voiced concern about the drought in the south.")]
    public void NotAReactionAgainstAState_GivesNoCriticism(string text) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.Value is "111" or "091" or "110");

    [Fact]
    public void DenialOfWrongdoing_AnswersTheAccuser() =>
        Assert.Contains(Extract("Hanoi accused Beijing of ramming a fishing boat. China denied any wrongdoing."),
            e => e.Source.Code == "CHN" && e.Target.Code == "VNM" && e.Cameo.Value == "016");

    [Fact]
    public void HopeForOnesOwnPlan_IsNoAppeal() =>
        Assert.DoesNotContain(Extract("Mongolia hopes to double its coal exports to China next year."), e => e.Cameo.Value == "020");

    [Fact]
    public void SeekingToSupport_IsNoAppeal() =>
        Assert.DoesNotContain(Extract("Russia seeks to support Serbia's claim to Kosovo."), e => e.Cameo.Value == "022");
}
