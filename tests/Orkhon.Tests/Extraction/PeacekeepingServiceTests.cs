using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Peacekeeping service abroad is 074 towards the state served in (the README's convention), not towards the organisation
/// that owns the mission: soldiers who "served with" or "deployed with" a mission or force, and a state that "kept" a unit
/// with one (rows <c>p29-peacekeep-*</c>, object word <c>military-subject</c>). Sentences of our own, in agency and
/// newspaper styles.
/// </summary>
public sealed class PeacekeepingServiceTests
{
    private static List<string> Codes(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 5, 10)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("Since 2010 Indonesian troops have served with the U.N. peacekeeping force in Lebanon.", "IDN>LBN 074")]
    [InlineData("Bangladeshi peacekeepers have served in Mali with the U.N. mission since 2013.", "BGD>MLI 074")]
    [InlineData("In 2015 a Rwandan contingent deployed to the Central African Republic with the U.N. mission there.", "RWA>CAF 074")]
    [InlineData("Nepal has kept a battalion of about 900 soldiers with the U.N. mission in Lebanon since 2006.", "NPL>LBN 074")]
    [InlineData("Fiji has had a battalion in Syria since 1994, guarding the ceasefire line.", "FJI>SYR 074")]
    [InlineData("Ghanaian soldiers, who have served in Lebanon with UNIFIL's force since 1978, rotate every year.", "GHA>LBN 074")]
    public void ServiceWithAForeignMission_IsPeacekeepingTowardsTheStateServedIn(string text, string expected) =>
        Assert.Contains(expected, Codes(text));

    [Fact]
    public void TheMissionsOwner_IsNoTarget() =>
        Assert.DoesNotContain(Codes("Since 2010 Indonesian troops have served with the U.N. peacekeeping force in Lebanon."),
            c => c.StartsWith("IDN>UN ", StringComparison.Ordinal));

    // Hard negatives: soldiers of an invader, an envoy's career, troops sent for drills, a contingent withdrawn.
    [Theory]
    [InlineData("Russian soldiers serving in Ukraine have complained about their pay.")]
    [InlineData("The ambassador served in Beijing with the foreign ministry's mission for six years.")]
    [InlineData("Russian troops deployed to Belarus in February 2022 for joint drills.")]
    [InlineData("Ireland withdrew its contingent from the U.N. force on the Golan Heights in 2013.")]
    [InlineData("Chad's foreign minister served in Paris before the coup.")]
    public void ServiceThatIsNoPeacekeeping_GivesNo074(string text) =>
        Assert.DoesNotContain(Codes(text), c => c.EndsWith(" 074", StringComparison.Ordinal));
}
