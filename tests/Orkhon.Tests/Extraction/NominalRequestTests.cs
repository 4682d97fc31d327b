using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A request named by its noun ("at Tokayev's request", "despite an appeal from Minsk") is its author's appeal to the party
/// whose act the sentence tells (<see cref="NominalRequests"/>); a request a refusal turns down is told by the refusal alone.
/// </summary>
public sealed class NominalRequestTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Theory]
    [InlineData("Turkey deployed peacekeepers to Azerbaijan in 2021 at Baku's request.", "AZE", "TUR")]
    [InlineData("Japan sent a medical team to Mongolia in 2020 at the request of Ulaanbaatar.", "MNG", "JPN")]
    [InlineData("The EU extended its sanctions on Belarus in 2023 despite an appeal from Minsk.", "BLR", "EU")]
    public void ARequestNamedByItsNoun_IsItsAuthorsAppealToTheActor(string text, string source, string target)
    {
        var appeal = Assert.Single(Extract(text), e => e.Cameo.Value == "020");
        Assert.Equal((source, target), (appeal.Source.Code, appeal.Target.Code));
        Assert.Null(appeal.Date);
    }

    [Theory]
    [InlineData("Beijing rejected a request from Ulaanbaatar to delay the payments.")]
    [InlineData("The request from Ulaanbaatar arrived in May.")]
    [InlineData("Russia sent firefighting planes to Turkey in August 2021 at the request of local officials.")]
    public void ARefusedOrUnattachedRequest_GivesNoAppeal(string text) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.Value == "020");
}
