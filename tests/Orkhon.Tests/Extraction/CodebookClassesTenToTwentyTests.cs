using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Verb classes of roots 10–20 written from the CAMEO codebook's definitions (branch p35-classes-b, block
/// <c>p35-classes-b</c> of <c>events.tsv</c>): acts called or branded by a moral verdict, denunciation verbs taking a
/// party's act, disapproval voiced "of", resolutions blocked, assets frozen with their owner as possessor, energy supplies cut,
/// sentences handed down, property looted, fire opened on crowds, flights into an air defence zone, forces built up, positions
/// targeted, missiles rained on a place, straits closed and sieges tightened. Each class beside its twins, the senses of the
/// same verbs that are not the event and must give nothing of its root (or keep their own code).
/// </summary>
public sealed class CodebookClassesTenToTwentyTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, new DateOnly(2025, 1, 1));

    [Theory]
    [InlineData("Berlin called Moscow's decision to expel the journalists cynical.", "DEU", "RUS", "111")]
    [InlineData("Kyiv called the Russian strikes on hospitals inhumane.", "UKR", "RUS", "111")]
    [InlineData("Beijing labelled the U.S. sanctions illegal.", "CHN", "USA", "111")]
    [InlineData("Moscow derided Kyiv's peace plan.", "RUS", "UKR", "111")]
    [InlineData("Beijing expressed strong displeasure about Tokyo's remarks.", "CHN", "JPN", "111")]
    [InlineData("Russia torpedoed a Security Council resolution on Syria.", "RUS", "UNSC", "129")]
    [InlineData("Brussels froze Russia's central bank reserves.", "EU", "RUS", "163")]
    [InlineData("Russia cut natural gas exports to Finland.", "RUS", "FIN", "163")]
    [InlineData("India halted purchasing Russian oil.", "IND", "RUS", "163")]
    [InlineData("Protesters vandalised the Chinese consulate in Lahore.", "PAK", "CHN", "145")]
    [InlineData("China flew 20 jets into Taiwan's air defence identification zone.", "CHN", "TWN", "150")]
    [InlineData("Russia unleashed a barrage of rockets on Kharkiv.", "RUS", "UKR", "195")]
    public void CodebookClass_CodesItsEvent(string text, string source, string target, string cameo) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value.StartsWith(cameo, StringComparison.Ordinal));

    [Theory]
    [InlineData("Moscow called for an end to the criminal investigation against Russia.", "11")]
    [InlineData("The minister called China a partner in the fight against criminal gangs.", "11")]
    [InlineData("The report labelled the goods as Chinese.", "11")]
    [InlineData("Mongolia branded its cashmere for export to China.", "11")]
    [InlineData("Protesters blocked the entrance to the Russian embassy to protest the resolution.", "12")]
    [InlineData("Mongolia froze fuel prices after Russia raised export duties.", "16")]
    [InlineData("The Russian central bank froze its interest rate.", "16")]
    [InlineData("Russia cut gas prices for Belarus in 2024.", "16")]
    [InlineData("Mongolia reduced power imports from Russia in 2024.", "16")]
    [InlineData("Russia handed over the sentence of a Ukrainian court.", "17")]
    [InlineData("Mongolia rounded up the figures on Chinese trade.", "17")]
    [InlineData("Thieves looted Mongolian shops after the Chinese team won.", "17")]
    [InlineData("The crowd fired questions at Chinese officials.", "17")]
    [InlineData("Kazakhstan flexed its economic muscle in talks with China.", "15")]
    [InlineData("Kazakhstan built up trade with China in 2023.", "15")]
    [InlineData("Chinese tourists flew into Mongolia's free trade zone.", "15")]
    [InlineData("The sanctions targeted Chinese firms.", "19")]
    [InlineData("Beijing hammered out a trade deal with Washington.", "19")]
    [InlineData("Kazakhstan rained praise on China.", "19")]
    [InlineData("China unleashed a wave of investment in Kazakhstan.", "19")]
    [InlineData("Mongolia closed the canal to traffic after China's request.", "19")]
    [InlineData("Japan tightened its grip on the market.", "19")]
    [InlineData("Mongolia cleansed its registry of Chinese ships.", "20")]
    public void OtherSense_GivesNoEventOfTheRoot(string text, string root) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.Value.StartsWith(root, StringComparison.Ordinal));

    // The twins that keep another code: the class is tried first only where its words make it the event.
    [Theory]
    // Water cut off stays a blockade; gas or power cut off to a state is 163 (branch p37-reduce, the README's "gas cut-off").
    [InlineData("Azerbaijan cut off water supplies to Armenia in 2023.", "AZE", "ARM", "191")]
    [InlineData("Ukraine sent drones into Russia in 2024.", "UKR", "RUS", "195")]
    [InlineData("Indian troops opened fire on Pakistani soldiers in 2019.", "IND", "PAK", "193")]
    [InlineData("Washington targeted Russian banks with sanctions.", "USA", "RUS", "163")]
    public void NeighbouringRow_KeepsItsCode(string text, string source, string target, string cameo) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value == cameo);
}
