using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Roots 10–20 as the p23-senses-b audit added them, in sentences of our own: heads of mission other than an ambassador
/// called home, diplomatic relations ended, a state's aircraft barred, a stance refused ("would never recognise", "cannot
/// accept"), tariffs told as striking back, a member's suspension, and strikes a state led ("Israeli-led strikes on
/// Gaza", MentionFinder); with the hard negatives each must keep (charges withdrawn in court, relations restored, passengers
/// barred, a past "did not recognise", a consortium a state's firm leads).
/// </summary>
public sealed class HostileSensesTenthSessionTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Theory]
    [InlineData("Iraq recalled its charge d'affaires from Sweden on Thursday.", "IRQ", "SWE", "161")]
    [InlineData("India said it was withdrawing its high commissioner from Ottawa.", "IND", "CAN", "161")]
    [InlineData("Canada recalled its high commissioner from India on Monday.", "CAN", "IND", "161")]
    [InlineData("Taipei said on Monday it was ending diplomatic relations with the Solomon Islands.", "TWN", "SLB", "161")]
    [InlineData("Kiribati terminated its diplomatic ties with Taiwan in 2019.", "KIR", "TWN", "161")]
    [InlineData("Niger's junta barred French aircraft from its airspace in August.", "NER", "FRA", "163")]
    [InlineData("Moscow banned Polish planes from Russian airspace in 2022.", "RUS", "POL", "163")]
    [InlineData("Mexico struck back at Washington on Friday with tariffs on American pork.", "MEX", "USA", "163")]
    [InlineData("The Arab League suspended Syria's membership in 2011.", "LAS", "SYR", "160")]
    // A stance refused under the speaker's own future or present negation is a rejection.
    [InlineData("Serbia would never recognise Kosovo, Vucic said.", "SRB", "XKX", "120")]
    [InlineData("Georgia cannot accept Russia's recognition of Abkhazia.", "GEO", "RUS", "120")]
    // "X-led" before an armed-act noun: the leading state struck, the place after "on" was struck.
    [InlineData("Israeli-led strikes on Gaza killed 30 people on Monday.", "ISR", "PSE", "195")]
    [InlineData("U.S.-led air strikes on Mosul killed dozens of civilians in 2017.", "USA", "IRQ", "195")]
    public void HostileAct_CodesItsEvent(string text, string source, string target, string cameo) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value == cameo);

    [Theory]
    // "Charge" is a head of mission only after "recall": charges are withdrawn in court.
    [InlineData("Prosecutors withdrew the charges against the Chinese scientist in May.", "16")]
    [InlineData("Washington withdrew its charges against the Chinese scientist in May.", "16")]
    [InlineData("Vietnam and the United States ended decades of hostility when they restored diplomatic relations in 1995.", "16")]
    [InlineData("The Mongolian airline barred passengers from carrying power banks.", "16")]
    // Striking back with no measure named is criticism; talks suspended are talks halted, not a membership.
    [InlineData("Moscow hit back at Warsaw over the remarks on Monday.", "16")]
    [InlineData("Beijing hit back at Washington over the tariffs on Friday.", "16")]
    [InlineData("The EU suspended talks with Turkey on its membership in 2018.", "160")]
    // A past negation stays uncoded; so does a refusal of no stance.
    [InlineData("Russia did not recognise Kosovo in 2008.", "12")]
    [InlineData("Serbia has never recognised Kosovo.", "12")]
    [InlineData("Tbilisi said it cannot attend the summit in Baku.", "12")]
    [InlineData("A Chinese-led consortium won the tender for the copper mine in Mongolia.", "19")]
    [InlineData("A Chinese-led consortium won the tender for the copper mine in Mongolia.", "18")]
    public void NotTheAct_GivesNoEventOfTheRoot(string text, string root) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.Value.StartsWith(root, StringComparison.Ordinal));
}
