using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// One subject, several acts: a cut in relations or a verbal act coordinated after a hostile act or an appeal of the same
/// subject, with no target of its own, is aimed at the earlier act's target; a past form after an infinitive is coordinated
/// with the verb that governs the infinitive. Sentences of our own.
/// </summary>
public sealed class CoordinatedActTargetTests
{
    private static string[] Pairs(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 6, 5)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("Russia on Monday expelled Estonia's ambassador and downgraded diplomatic relations to the level of charge d'affaires.", "RUS>EST 161")]
    [InlineData("Iraq expelled the Swedish ambassador on Thursday and recalled its own charge d'affaires.", "IRQ>SWE 161")]
    [InlineData("Beijing expelled two Lithuanian diplomats, recalled its ambassador and suspended direct freight trains.", "CHN>LTU 161")]
    [InlineData("Venezuela's government expelled Peru's ambassador on Monday and broke off diplomatic relations.", "VEN>PER 161")]
    [InlineData("The State Department called on Belgrade to withdraw its troops and warned of consequences.", "USA>SRB 138")]
    [InlineData("China's foreign ministry urged Mongolia to cancel the visit and warned that it would harm relations.", "CHN>MNG 130")]
    public void TheSecondAct_IsAimedAtTheFirstActsTarget(string text, string expected) =>
        Assert.Contains(expected, Pairs(text));

    [Fact]
    public void ANewSubjectAfterAnd_BorrowsNothing()
    {
        var pairs = Pairs("Russia expelled Estonia's ambassador and Estonia downgraded relations on Tuesday.");
        Assert.DoesNotContain("RUS>EST 161", pairs);
        Assert.DoesNotContain(pairs, p => p.StartsWith("EST>EST", StringComparison.Ordinal));
    }

    [Fact]
    public void AnActOfForce_NamesItsOwnTarget() =>
        Assert.DoesNotContain("RUS>EST 190", Pairs("Russia expelled Estonia's ambassador and attacked a village in Ukraine."));

    [Fact]
    public void AnEarlierActWithNoTarget_LendsNone() =>
        Assert.Empty(Pairs("Japan condemned the launch and urged restraint."));

    [Fact]
    public void AParticipleAfterARejection_OnlySaysWhy() =>
        Assert.DoesNotContain(Pairs("Russia's foreign ministry rejected the British proposal on Thursday, calling it unacceptable."), p => p.EndsWith(" 111", StringComparison.Ordinal));

    [Fact]
    public void APastFormAfterAnInfinitive_IsTheGoverningSubjectsAct() =>
        // Beijing is asked to lift the ban; Tokyo threatens. Nothing is Beijing's act.
        Assert.DoesNotContain(Pairs("Tokyo urged Beijing to lift its ban on seafood imports and threatened to take the case to the WTO."), p => p.StartsWith("CHN>", StringComparison.Ordinal));

    [Fact]
    public void ASecondInfinitive_StaysUnderTheAppeal() =>
        // "to withdraw … and end" : both infinitives are only asked for; neither is coded as done.
        Assert.DoesNotContain(Pairs("The State Department called on Belgrade to withdraw its troops and end the blockade."), p => p.StartsWith("SRB>", StringComparison.Ordinal));

    [Theory]
    [InlineData("The Japanese prime minister met South Korea's president in Seoul, signed a security pact and pledged $2 billion in aid to Seoul.", "JPN>KOR 057")]
    [InlineData("The Japanese prime minister met South Korea's president in Seoul, signed a security pact and pledged $2 billion in aid to Seoul.", "JPN>KOR 0331")]
    [InlineData("Indonesia's president met Chinese President Xi Jinping in Beijing on Tuesday, signed five agreements and invited Xi to visit Jakarta.", "IDN>CHN 057")]
    [InlineData("Modi visited Moscow in July, met Putin and signed a trade agreement.", "IND>RUS 057")]
    [InlineData("Japan's prime minister met Chinese President Xi Jinping in Lima, criticised China's military activity and urged restraint.", "JPN>CHN 111")]
    public void AVerbSeries_PastThePlaceAndTimeOfTheFirstAct_KeepsItsSubject(string text, string expected)
    {
        var pairs = Pairs(text);
        Assert.Contains(expected, pairs);
        // The object before the place is never the next verb's subject.
        Assert.DoesNotContain(pairs, p => p.StartsWith(expected[4..7] + ">", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Chile's president met Peru's president in Lima, and Bolivia's president signed an accord with Brazil.", "BOL>BRA 057")]
    [InlineData("After talks in Lima, Peru's president, Dina Boluarte, signed a trade accord with Chile.", "PER>CHL 057")]
    public void AnActorOpeningItsOwnClause_StaysItsSubject(string text, string expected)
    {
        var pairs = Pairs(text);
        Assert.Contains(expected, pairs);
        Assert.DoesNotContain(pairs, p => p.StartsWith("CHL>", StringComparison.Ordinal) && p.EndsWith("057", StringComparison.Ordinal));
    }
}
