using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Forms of root 04 that news uses beside "met" and "visited": a delegation that stands for whoever leads it, "their talks"
/// owned by the two parties of the same sentence, calls of coordinated parties with no "with", and being somewhere as a visitor
/// ("was in Santiago for talks") but not "was in talks".
/// </summary>
public sealed class MeetingFormTests
{
    private static string[] Pairs(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2025, 1, 10)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Fact]
    public void DelegationLedBy_IsTheLeadersState()
    {
        Assert.Contains("ARG>URY 043", Pairs("Argentina's president received a delegation led by Uruguay's foreign minister on Monday."));
        Assert.Contains("ARG>URY 043", Pairs("Argentina's president received a delegation headed by the Uruguayan foreign minister on Monday."));
    }

    [Fact]
    public void DelegationLedByNoState_IsNoActor() =>
        Assert.DoesNotContain(Pairs("Argentina's president received a delegation led by a retired footballer on Monday."), p => p.StartsWith("ARG>", StringComparison.Ordinal));

    [Fact]
    public void TheirTalks_AreThoseOfTheSentencesTwoParties()
    {
        var pairs = Pairs("Ghana's president and Togo's president signed a customs accord after their talks in Accra on Monday.");
        Assert.Contains(pairs, p => p is "GHA>TGO 040" or "TGO>GHA 040");
    }

    [Fact]
    public void TheirTalks_OpeningASentence_TakeNoPairFromEarlierSentences()
    {
        // The last two states named (Benin, Nigeria) are not the ones who met.
        var pairs = Pairs("Ghana's president arrived in Lome on Monday after Benin closed its border with Nigeria. After their talks, he flew home.");
        Assert.DoesNotContain(pairs, p => p.EndsWith(" 040", StringComparison.Ordinal));
    }

    [Fact]
    public void CoordinatedParties_SpeakingByPhone_AreOneCall() =>
        Assert.Contains("GHA>TGO 041", Pairs("Ghana's president and Togo's president spoke by phone on Tuesday."));

    [Fact]
    public void BeingInACapital_IsAVisit_ButBeingInTalksIsNot()
    {
        Assert.Contains("GHA>TGO 042", Pairs("Ghana's foreign minister was in Lome on Monday for talks on the border."));
        Assert.DoesNotContain(Pairs("Ghana was in talks with Togo on Monday."), p => p.EndsWith(" 042", StringComparison.Ordinal));
        Assert.DoesNotContain(Pairs("The accord is in Togo's interest, Ghana's foreign minister said."), p => p.EndsWith(" 042", StringComparison.Ordinal));
    }

    [Fact]
    public void LeavingForACapital_IsAVisit() =>
        Assert.Contains("GHA>TGO 042", Pairs("Ghana's president left for Lome on Sunday."));

    [Fact]
    public void TheVisitingMinister_IsTheMinisterNamedBefore() =>
        Assert.Contains("TGO>GHA 043", Pairs("Ghana's foreign minister arrived in Lome on Monday. Togo's president received the visiting minister at his palace."));

    [Fact]
    public void TheCapital_InADatelinedStory_IsTheDatelinesCity()
    {
        Assert.Contains("TGO>GHA 042", Pairs("ACCRA, Jan 9 (Reuters) - Togo's foreign minister arrived in the capital on Thursday."));
        Assert.DoesNotContain("TGO>GHA 042", Pairs("ACCRA, Jan 9 (Reuters) - Togo's foreign minister arrived in the capital of Benin on Thursday."));
    }

    [Fact]
    public void TheCapital_WithNoDateline_IsTheLastCapitalNamed() =>
        Assert.Contains("TGO>GHA 042", Pairs("Ghana said on Monday that Accra would host border talks. Togo's foreign minister arrived in the capital on Tuesday."));
}
