using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// <c>NestedActAgents</c>, in sentences of our own: a criticism or rejection whose object is an act told with its agent after
/// "by" ("the expulsion of its diplomats by", "the deportation of Ukrainian children by") answers that agent; with the hard
/// negatives (no agent named, an agent past a comma, a place after "by", a maker inside a characterisation).
/// </summary>
public sealed class NestedActAgentTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Theory]
    [InlineData("Moscow condemned the expulsion of its diplomats by Poland.", "RUS", "POL", "111")]
    [InlineData("Russia's foreign ministry called the expulsion of its diplomats by Poland an unfriendly step.", "RUS", "POL", "111")]
    [InlineData("Beijing denounced the detention of its citizens by the Philippines.", "CHN", "PHL", "111")]
    [InlineData("Iran rejected the seizure of its tanker by Britain.", "IRN", "GBR", "120")]
    [InlineData("Poland condemned the visit by the Hungarian prime minister to Moscow.", "POL", "HUN", "111")]
    // The only actor before "by" is the subject's own people: the agent is still the one criticised.
    [InlineData("Kyiv condemned the deportation of Ukrainian children by Russia.", "UKR", "RUS", "111")]
    [InlineData("Ukraine condemned the killing of Ukrainian prisoners by Russian soldiers.", "UKR", "RUS", "111")]
    [InlineData("Japan condemned the launch of the missile by North Korea.", "JPN", "PRK", "111")]
    public void ActNounAgent_IsTheTarget(string text, string source, string target, string cameo) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value == cameo);

    [Theory]
    // No agent named: nobody is criticised.
    [InlineData("Moscow condemned the expulsion of its diplomats.", "11")]
    // The agent past a comma belongs to another clause.
    [InlineData("Moscow condemned the expulsion of its diplomats, a step taken by Poland's neighbours too.", "11")]
    // A place after "by" is where, not who.
    [InlineData("Tokyo condemned the detention of its citizens by the border in Siberia.", "11")]
    // The maker named in a characterisation after "as" is not acted on.
    [InlineData("Beijing denounced the report as a smear cooked up by Washington.", "11")]
    public void NoAgent_GivesNoEventOfTheRoot(string text, string root) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.Value.StartsWith(root, StringComparison.Ordinal));
}
