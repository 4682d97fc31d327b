using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// "Meet" with a requirement for the head of its object (standards, targets, conditions, a deadline, a quota) satisfies it
/// and meets no one; the actor inside the object only owns the requirement. A meeting's object ends at a preposition, a
/// conjunction or a time phrase. Branch p26-precision3; the sentences are our own.
/// </summary>
public sealed class MetRequirementTests
{
    private static string[] Coded(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2025, 1, 1)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    // Hard negatives.
    [Theory]
    [InlineData("Few Mongolian producers have met Japanese sanitary standards, officials said.")]                      // newspaper
    [InlineData("Ukraine has met seven of the EU's conditions for membership talks, the Commission said on Wednesday.")] // a number and "of"
    [InlineData("Pakistan met all the IMF's targets for the quarter, the fund said.")]                                  // agency
    [InlineData("Serbia met the deadline set by Brussels on Friday.")]                                                  // a deadline
    [InlineData("Iraq has met its OPEC quota for the first time this year, the oil ministry said.")]                    // a quota
    public void Extract_MetARequirement_GivesNoMeeting(string text) =>
        Assert.DoesNotContain(Coded(text), c => c.EndsWith(" 040", StringComparison.Ordinal));

    [Theory]
    [InlineData("Putin met Xi in Beijing on Friday.", "RUS>CHN 040")]
    [InlineData("Blinken met Kenyan officials to discuss conditions in Haiti.", "USA>KEN 040")]
    [InlineData("Erdogan met Putin amid Western demands for a ceasefire.", "TUR>RUS 040")]
    [InlineData("Modi met Putin last week under new sanctions.", "IND>RUS 040")]
    public void Extract_MetAParty_IsAMeeting(string text, string expected) =>
        Assert.Contains(expected, Coded(text));
}
