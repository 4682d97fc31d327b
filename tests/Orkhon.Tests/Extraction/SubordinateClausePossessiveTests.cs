using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// "its embassy" inside a clause of time or cause with no actor of its own is the embassy of the sentence's subject
/// (<c>Mentions.SubordinateClausePossessive</c>); a clause with its own state keeps the earlier reading.
/// </summary>
public sealed class SubordinateClausePossessiveTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Fact]
    public void CrowdStormingItsEmbassy_ActsAgainstTheSubject() =>
        Assert.Contains(Extract("Denmark recalled its envoy from Baghdad in July 2023 after protesters stormed its embassy in the Iraqi capital."),
            e => e.Source.Code == "IRQ" && e.Target.Code == "DNK" && e.Cameo.Value.StartsWith("14", StringComparison.Ordinal));

    [Fact]
    public void ClauseWithItsOwnState_IsNotTheSubjects() =>
        // "Polish jets" act in the clause: "its airspace" is not read as Lithuania's by this rule.
        Assert.DoesNotContain(Extract("Lithuania summoned the Belarusian envoy in May 2023 after Polish jets violated its airspace."),
            e => e.Target.Code == "LTU" && e.Source.Code == "POL");

    [Fact]
    public void NoClauseOpener_ReadsNothing() =>
        Assert.DoesNotContain(Extract("Denmark said in July 2023 that protesters stormed its embassy."),
            e => e.Target.Code == "DNK" && e.Cameo.Value.StartsWith("14", StringComparison.Ordinal) && e.Source.Code == "DNK");
}
