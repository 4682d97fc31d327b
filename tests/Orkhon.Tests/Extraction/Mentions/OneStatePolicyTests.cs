using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction.Mentions;

/// <summary>"The one-China policy": support for it, or a breach of it, is aimed at the state it names.</summary>
public sealed class OneStatePolicyTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Fact]
    public void SupportForTheOneChinaPolicy_IsAimedAtChina()
    {
        var e = Assert.Single(Extract("Kazakhstan reaffirmed its support for the one-China policy."));
        Assert.Equal(("KAZ", "CHN"), (e.Source.Code, e.Target.Code));
    }

    [Fact]
    public void OtherHyphenatedWords_NameNoState() =>
        Assert.Empty(Extract("Kazakhstan reaffirmed its support for the one-party system."));
}
