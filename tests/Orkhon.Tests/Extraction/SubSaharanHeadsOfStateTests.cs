using Orkhon.Domain;
using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Heads of state of the sub-Saharan republics the office-holder table had none for (officeholders.tsv, branch p18-actors):
/// each stands for the state in office, not before or after; common surnames are found by the full name only.
/// </summary>
public sealed class SubSaharanHeadsOfStateTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Theory]
    [InlineData("Emmerson Mnangagwa met Xi Jinping in Beijing on 3 April 2018.", "ZWE")]
    [InlineData("Hakainde Hichilema met Xi Jinping in Beijing on 11 September 2023.", "ZMB")]
    [InlineData("Nana Akufo-Addo met Xi Jinping in Beijing on 1 September 2018.", "GHA")]
    [InlineData("Andry Rajoelina met Xi Jinping in Beijing on 20 July 2023.", "MDG")]
    [InlineData("Faustin-Archange Touadéra met Xi Jinping in Beijing on 31 August 2018.", "CAF")]
    public void AHeadOfStateInOffice_StandsForTheState(string text, string state)
    {
        var e = Assert.Single(Extract(text), e => e.Cameo.Value == "040");
        Assert.Equal((state, ActorRole.HeadOfState), (e.Source.Code, e.Source.Role));
    }

    [Fact]
    public void AHeadOfStateOutOfOffice_IsNotTheState()
    {
        // Robert Mugabe left office in November 2017.
        Assert.DoesNotContain(Extract("Robert Mugabe met Xi Jinping in Beijing on 3 April 2019."), e => e.Source.Code == "ZWE");
    }

    [Fact]
    public void ACommonSurnameAlone_IsNoOne()
    {
        // "Banda" alone could be anyone; Joyce Banda is found by her full name.
        Assert.DoesNotContain(Extract("Banda met Xi Jinping in Beijing on 3 April 2013."), e => e.Source.Code == "MWI");
        Assert.Contains(Extract("Joyce Banda met Xi Jinping in Beijing on 3 April 2013."), e => e.Source.Code == "MWI");
    }

    [Fact]
    public void BokoHaram_IsStillTheArmedMovement()
    {
        Assert.DoesNotContain(Extract("Boko Haram attacked Cameroon on 3 April 2025."), e => e.Source.Code == "BWA");
    }
}
