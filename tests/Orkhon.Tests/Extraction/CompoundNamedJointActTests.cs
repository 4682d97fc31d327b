using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A joint act owned by a compound of two states ("the India-Mongolia joint exercise", "Pakistan-China drills") is the act of
/// those two, first-named first; a body or a state named later in the sentence (a mandate, a venue, a watcher) is no partner.
/// Sentences of our own (branch p28-kinds).
/// </summary>
public sealed class CompoundNamedJointActTests
{
    private static List<string> Codes(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 7, 20)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("The 12th Pakistan-China joint military exercise ended in Xinjiang on Friday after two weeks of training under a U.N. mandate.", "PAK>CHN 062")]
    [InlineData("The annual India-Mongolia joint exercise Nomadic Elephant opened at Umroi on Monday with observers from the United Nations.", "IND>MNG 062")]
    [InlineData("Kazakhstan-Kyrgyzstan joint drills near the border wrapped up on Thursday, watched by officers from the CSTO.", "KAZ>KGZ 062")]
    [InlineData("Thailand-US joint naval drills began in the Gulf of Thailand on Tuesday under the Cobra Gold programme.", "THA>USA 062")]
    [InlineData("A Russia-China joint naval exercise got under way in the Sea of Japan on Sunday, Tokyo said.", "RUS>CHN 062")]
    public void AJointActOwnedByACompoundOfTwoStates_IsTheirs(string text, string expected) =>
        Assert.Contains(expected, Codes(text));

    [Theory]
    [InlineData("The 12th Pakistan-China joint military exercise ended in Xinjiang on Friday after two weeks of training under a U.N. mandate.", "PAK>UN 062")]
    [InlineData("A Russia-China joint naval exercise got under way in the Sea of Japan on Sunday, Tokyo said.", "RUS>JPN 062")]
    public void ABodyOrStateNamedLater_IsNoPartner(string text, string unexpected) =>
        Assert.DoesNotContain(unexpected, Codes(text));

    // Hard negatives: an exercise planned but cancelled, or called off, is no cooperation.
    [Theory]
    [InlineData("The planned India-Mongolia joint exercise was cancelled on Monday.")]
    [InlineData("Seoul and Washington called off their joint drills on Friday.")]
    [InlineData("The Pakistan-China joint exercise will not be held this year, officials said on Tuesday.")]
    public void AnExerciseCancelledOrCalledOff_IsNoCooperation(string text) =>
        Assert.DoesNotContain(Codes(text), c => c.EndsWith(" 062", StringComparison.Ordinal));
}
