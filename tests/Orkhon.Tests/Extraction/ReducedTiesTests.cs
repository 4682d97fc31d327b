using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Reductions of ties and sanctions, roots 12 and 16 (branch p37-reduce, block <c>p37-reduce</c> of <c>events.tsv</c>): a deal,
/// accord or scheme left is 1211 by the corpus README's convention ("leaving a cooperation scheme is 1211", "leaving the Iran
/// deal is 1211 towards Iran") while a treaty left stays 160; energy cut off to a state, trade and investment frozen with it
/// (163); a representative recalled (161); economic cooperation suspended (1211). Two word rules: an irregular verb's -ing form doubles its final consonant
/// ("cutting ties", <see cref="Orkhon.Extraction.Lexicon.Inflection"/>), and an irregular past after a possessive and a plural
/// noun is that noun phrase's verb ("Saudi Arabia and its allies cut ties"). Each sense beside twins that must stay empty:
/// the act undone, threatened or aimed at no foreign party.
/// </summary>
public sealed class ReducedTiesTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, new DateOnly(2025, 1, 1));

    [Theory]
    [InlineData("Washington withdrew from the nuclear deal with Iran in 2018.", "USA", "IRN", "1211")]
    [InlineData("Tehran pulled out of the gas deal with Ankara in 2012.", "IRN", "TUR", "1211")]
    [InlineData("Moscow suspended its participation in the grain deal with Ukraine in October 2022.", "RUS", "UKR", "1211")]
    [InlineData("Moscow cut off gas supplies to Kyiv in January 2009.", "RUS", "UKR", "163")]
    [InlineData("Gazprom stopped pumping gas to Ukraine in January 2009.", "RUS", "UKR", "163")]
    [InlineData("Russia turned off the gas taps to Belarus in 2004.", "RUS", "BLR", "163")]
    [InlineData("Gazprom cut supplies to Ukraine on New Year's Day in 2006.", "RUS", "UKR", "163")]
    [InlineData("Riyadh froze all new trade and investment with Ottawa in August 2018.", "SAU", "CAN", "163")]
    [InlineData("Taipei recalled its representative from Manila in May 2013.", "TWN", "PHL", "161")]
    [InlineData("Sudan said it was cutting diplomatic ties with Chad.", "SDN", "TCD", "161")]
    [InlineData("Ankara and its allies cut diplomatic ties with Damascus in 2012.", "TUR", "SYR", "161")]
    [InlineData("Minsk suspended economic cooperation with Vilnius in 2021.", "BLR", "LTU", "1211")]
    public void ReducedTies_CodesTheAct(string text, string source, string target, string cameo) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value == cameo);

    // The neighbouring rows keep their codes: a treaty left is 160, water cut off to a state is a blockade (191).
    [Theory]
    [InlineData("Washington withdrew from the arms treaty with Moscow in 2019.", "USA", "RUS", "160")]
    [InlineData("Washington pulled out of the arms control treaty with Moscow in 2019.", "USA", "RUS", "160")]
    [InlineData("Azerbaijan cut off water supplies to Armenia in 2023.", "AZE", "ARM", "191")]
    public void NeighbouringRow_KeepsItsCode(string text, string source, string target, string cameo) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value == cameo);

    [Theory]
    [InlineData("Moscow resumed its participation in the grain deal with Ukraine in November 2022.", "12")]
    [InlineData("Moscow restored gas supplies to Kyiv in January 2009.", "16")]
    [InlineData("Gazprom resumed pumping gas to Ukraine on Tuesday.", "16")]
    [InlineData("Moscow threatened to cut off gas supplies to Kyiv.", "16")]
    [InlineData("Riyadh resumed trade and investment with Ottawa in 2023.", "16")]
    [InlineData("Taipei sent its representative to Manila in May 2013.", "16")]
    [InlineData("Kazakh police cut off supplies to the protesters' camp.", "16")]
    [InlineData("Sudan said it was cutting fuel prices for farmers.", "16")]
    [InlineData("Minsk resumed economic cooperation with Vilnius in 2022.", "12")]
    [InlineData("Minsk threatened to suspend economic cooperation with Vilnius.", "12")]
    public void UndoneThreatenedOrDomestic_GivesNoEventOfTheRoot(string text, string root) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.Value.StartsWith(root, StringComparison.Ordinal));
}
