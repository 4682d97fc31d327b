using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// The lexicon's object word <c>organisation</c>: joining an organisation is membership (057), joining a state in a
/// stance or a vote joins no treaty.
/// </summary>
public sealed class OrganisationObjectTests
{
    [Theory]
    [InlineData("Finland joined NATO in April 2023.", "FIN", "NATO")]
    [InlineData("Mongolia joined the OSCE as its 57th participating State in November 2012.", "MNG", "OSCE")]
    public void Join_AnOrganisation_IsMembership(string sentence, string source, string target)
    {
        var events = EventExtractor.Default.Extract(sentence, null);
        Assert.Contains(events, e => e.Cameo == "057" && e.Source.Code == source && e.Target.Code == target);
    }

    [Theory]
    [InlineData("Chile abstained in the vote on Tuesday, joining Peru, Brazil and Mexico among the countries that stayed neutral.")]
    [InlineData("Japan joined the United States in calling for restraint on Friday.")]
    [InlineData("Bolivia joined Argentina and Paraguay in the group that voted against the text.")]
    public void Join_AState_IsNoMembership(string sentence)
    {
        var events = EventExtractor.Default.Extract(sentence, null);
        Assert.DoesNotContain(events, e => e.Cameo == "057");
    }
}
