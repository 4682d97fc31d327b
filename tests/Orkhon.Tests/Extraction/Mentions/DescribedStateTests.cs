using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction.Mentions;

/// <summary>
/// A state described instead of named ("the neighbouring kingdom", "the Pacific nation's cabinet", "the landlocked country"):
/// the last state named, of the region a region word gives (DescribedState, data/lexicon/region-words.tsv).
/// </summary>
public sealed class DescribedStateTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Theory]
    [InlineData("Qatar cut ties with Bahrain in 2017 and accused the neighbouring kingdom of provocations.", "QAT", "BHR", "1123")]
    [InlineData("Chile signed a trade pact with Bolivia in 2019. In 2020 Peru criticised the landlocked country.", "PER", "BOL", "111")]
    [InlineData("Japan met Fiji in 2019. Later that year China praised the Pacific nation.", "CHN", "FJI", "051")]
    public void ADescription_PointsBackToTheStateNamedBefore(string text, string source, string target, string code)
    {
        Assert.Contains(Extract(text), e => (e.Source.Code, e.Target.Code, e.Cameo.Value) == (source, target, code));
    }

    [Fact]
    public void ARegionWord_SkipsStatesOutsideItsRegion()
    {
        // Fiji is named before Japan; "the Pacific nation" is Fiji, not the state named last.
        var events = Extract("Fiji met Japan in 2019. Later that year China praised the Pacific nation.");
        Assert.Contains(events, e => (e.Source.Code, e.Target.Code) == ("CHN", "FJI"));
        Assert.DoesNotContain(events, e => (e.Source.Code, e.Target.Code) == ("CHN", "JPN"));
    }

    [Fact]
    public void AnOfficeAfterTheDescription_IsThatStatesOffice()
    {
        var e = Assert.Single(Extract("Taiwan cut ties with Nauru in 2024 after the Pacific nation's government recognised China."),
            e => e.Cameo.Value == "054");
        Assert.Equal(("NRU", "CHN"), (e.Source.Code, e.Target.Code));
    }

    [Theory]
    [InlineData("Chile met Bolivia in 2019. In 2020 Peru criticised the other country.")]
    [InlineData("Chile met Bolivia in 2019. In 2020 Peru criticised the Jewish state.")]
    [InlineData("Chile met Bolivia in 2019. In 2020 Peru criticised the head of state.")]
    public void ChoosingOrUnknownWords_PointNowhere(string text)
    {
        Assert.DoesNotContain(Extract(text), e => e.Source.Code == "PER" && e.Target.Code is "BOL" or "CHL");
    }

    [Fact]
    public void ANameAfterOf_IsReadAsTheName()
    {
        // "the island nation of Tuvalu" names Tuvalu itself, not the state named before.
        Assert.Contains(Extract("Fiji met Japan in 2019. In 2020 China praised the island nation of Tuvalu."),
            e => (e.Source.Code, e.Target.Code) == ("CHN", "TUV"));
    }

    [Fact]
    public void ADescriptionBeforeARelativeClause_IsNotReadAsTheClausesSubject()
    {
        // The clause may tell of the pact, not of the state: no act of Laos is read from it.
        Assert.DoesNotContain(Extract("Vietnam and Laos signed a trade pact in 2019, the first such pact for the landlocked nation, which will scrap tariffs on Thai rice."),
            e => e.Source.Code == "LAO" && e.Target.Code == "THA");
    }
}
