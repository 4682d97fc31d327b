using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Branch p40-sanctions2: sanctions told as a noun whose imposers stand after "from" or "by", or between "under" and the noun
/// (<see cref="SanctionNounImposers"/>), and the lexicon rows for embassies evacuated or suspended, envoys' duties ended and talks
/// shelved. Sentences of our own with real facts; each class has twins that must stay empty.
/// </summary>
public sealed class SanctionNounImposerTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    private static bool Has(List<EventMention> events, string source, string target, string cameo) =>
        events.Exists(e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value == cameo);

    [Fact]
    public void ProvidersAfterFrom_EachImposesOnTheTarget()
    {
        var events = Extract("The annexation of Crimea was followed by sanctions on Russian banks from the United States, the European Union and Canada.");
        Assert.True(Has(events, "USA", "RUS", "163"));
        Assert.True(Has(events, "EU", "RUS", "163"));
        Assert.True(Has(events, "CAN", "RUS", "163"));
    }

    [Fact]
    public void ProviderAfterBy_ImposesOnTheTarget() =>
        Assert.True(Has(Extract("Minsk condemned the new sanctions against Belarusian officials by the European Union."), "EU", "BLR", "163"));

    [Theory]
    [InlineData("Iran has been under American sanctions since 1979.", "USA", "IRN", "1979/..")]
    [InlineData("Lukashenko has been under European Union sanctions since 2020.", "EU", "BLR", "2020/..")]
    [InlineData("Venezuela, which remains under U.S. sanctions, sold more oil to China last year.", "USA", "VEN", null)]
    public void UnderSanctions_TheNamedImposerSanctionsTheSubject(string text, string source, string target, string? date) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value == "163"
            && e.LexiconEntry == "sanction-noun-imposer" && e.Date?.ToString() == date);

    [Theory]
    // lifted, called for, no longer in force, threatened: no sanction in force is told
    [InlineData("The lifting of sanctions on Iranian banks by the United Nations came in January 2016.")]
    [InlineData("Kyiv renewed its calls for sanctions on Russian banks from Japan and South Korea.")]
    [InlineData("Kabul is no longer under U.N. sanctions, the envoy said.")]
    [InlineData("Tehran said it would never be under American sanctions again if the deal held.")]
    // a place of origin, not an imposer: "sanctions on imports from Russia" names no target after "on"
    [InlineData("Lithuania backed sanctions on imports from Belarus last year.")]
    // p40-fixa review: a list past its clause, a possessor as imposer, a debated or lifted sanction
    [InlineData("Moscow condemned new sanctions on Russia from Japan, and China called them illegal.", "CHN")]
    [InlineData("New sanctions on Russia by Japan, the United States said on Monday, will hurt Moscow.", "USA")]
    [InlineData("The ban on Russian oil from Norway's ports was lifted.")]
    [InlineData("Lawmakers debated new sanctions on Iranian banks from the European Union last week.")]
    [InlineData("Tehran protested after the sanctions on Iranian banks from Japan were discussed in Tokyo.")]
    [InlineData("The sanctions against Syria could be tightened further by the European Union, a diplomat said.")]
    [InlineData("The sanctions on Venezuelan oil would not be lifted by Washington before the vote.")]
    public void NounNotInForceOrWithoutImposer_GivesNoImposerSanction(string text, string? source = null) =>
        Assert.DoesNotContain(Extract(text), e => e.LexiconEntry == "sanction-noun-imposer" && (source is null || e.Source.Code == source));

    [Theory]
    // twins of the review's sentences that must still fire: an Oxford-comma list of three, a clause-opening comma before the noun
    [InlineData("The annexation of Crimea was followed by sanctions on Russian banks from the United States, Britain, and Canada.", "CAN", "RUS")]
    [InlineData("Moscow condemned new sanctions on Russia from Japan, and called them illegal.", "JPN", "RUS")]
    [InlineData("In the end, Minsk condemned the new sanctions against Belarusian officials by the European Union.", "EU", "BLR")]
    public void ListsAndClausesKeptApart_StillCodeTheImposer(string text, string source, string target) =>
        Assert.True(Has(Extract(text), source, target, "163"));

    [Theory]
    [InlineData("The United States evacuated its embassy in Kabul in August 2021.", "USA", "AFG", "161")]
    [InlineData("The United States suspended the operations of its embassy in Damascus in February 2012.", "USA", "SYR", "161")]
    [InlineData("Niamey terminated the functions of its ambassador to Abidjan in August 2023.", "NER", "CIV", "161")]
    [InlineData("Seoul shelved talks on a free trade agreement with Tokyo in 2004.", "KOR", "JPN", "164")]
    public void ReductionRows_CodeTheAct(string text, string source, string target, string cameo) =>
        Assert.True(Has(Extract(text), source, target, cameo));

    [Theory]
    // evacuating citizens, not the mission; resuming an embassy's work; a loan's talks resumed
    [InlineData("The United States evacuated its citizens from Kabul in August 2021.", "161")]
    [InlineData("Britain evacuated civilians near its embassy in Kabul in August 2021.", "161")]
    [InlineData("The United States resumed the operations of its embassy in Damascus in 2025.", "161")]
    [InlineData("Seoul resumed talks on a free trade agreement with Tokyo in 2024.", "164")]
    public void ReductionRows_NeedTheirAct(string text, string cameo) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.Value == cameo);
    [Fact]
    public void ObjectRelativeAfterTheNounsTarget_CodesTheSanctionOnIt() =>
        Assert.Contains(Extract("Ankara protested against the tariffs on Turkish steel that Washington imposed in August 2018."),
            e => e.Source.Code == "USA" && e.Target.Code == "TUR" && e.Cameo.Value == "163" && e.LexiconEntry == "sanction-object-relative");

    [Fact]
    public void ObjectRelativeWithALaterBody_KeepsTheNounsTarget()
    {
        var events = Extract("Kyiv complained on Monday about the bans on Ukrainian grain that Poland and Hungary imposed on Friday, when the European Commission let its own ban expire.");
        Assert.True(Has(events, "POL", "UKR", "163"));
        Assert.DoesNotContain(events, e => e.Cameo.Value == "163" && e.Target.Code == "EU");
    }

    [Theory]
    // a comma between the noun's target and the verb: the clause is not the noun's
    [InlineData("Ankara protested against the tariffs on Turkish steel, and Washington imposed more in August 2018.")]
    public void ObjectRelativeAcrossAComma_GivesNoNounTarget(string text) =>
        Assert.DoesNotContain(Extract(text), e => e.LexiconEntry == "sanction-object-relative");
}
