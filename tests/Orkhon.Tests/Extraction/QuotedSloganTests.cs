using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A state named inside a short quoted slogan that modifies a noun ("an "India Out" campaign") is a word of the slogan, no
/// party: the clause's actor is the person or state the slogan describes (branch p29-precision7). The sentences are our own.
/// </summary>
public sealed class QuotedSloganTests
{
    private static string[] Coded(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 1, 14)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    // The slogan's state is dropped and the true actor keeps the act, in several phrasings and orders.
    [Theory]
    [InlineData("Maldives President Mohamed Muizzu, elected on an \"India Out\" campaign, made a state visit to China on Monday.", "MDV>CHN 042", "IND>")]
    [InlineData("Maldivian President Mohamed Muizzu, who won on an \u201CIndia Out\u201D platform, flew to Beijing on Monday.", "MDV>CHN 042", "IND>")]
    [InlineData("Brazil's president, whose \"Brazil Above Everything\" slogan echoed an \"America First\" agenda, visited Argentina on Friday.", "BRA>ARG 042", "USA>")]
    [InlineData("Under its 'Look to China' programme, the Zambian government signed a loan deal with Beijing on Tuesday.", "ZMB>CHN 057", "CHN>ZMB 057")]
    [InlineData("Protesters waving \"Russia Go Home\" banners marched as the Georgian prime minister met the Russian envoy on Thursday.", "GEO>RUS 040", "XXX")]
    public void Extract_StateInsideAQuotedSlogan_IsNoParty(string text, string expected, string unexpected)
    {
        var coded = Coded(text);
        Assert.Contains(coded, c => c.StartsWith(expected, StringComparison.Ordinal));
        Assert.DoesNotContain(coded, c => c.StartsWith(unexpected, StringComparison.Ordinal) && !c.StartsWith(expected, StringComparison.Ordinal));
    }

    // Hard negatives the other way: quoted speech and scare quotes around an act keep their actors.
    [Theory]
    [InlineData("\"Russia will respond to this provocation,\" Peskov said, accusing Ukraine of shelling Belgorod.", "RUS>UKR 112")]
    [InlineData("Poland condemned the \"Russian aggression\" against Ukraine on Monday.", "POL>RUS 111")]
    [InlineData("China urged the United States on Tuesday to abide by the \"one China\" principle.", "CHN>USA 0")]
    public void Extract_QuotedSpeechAndScareQuotes_KeepTheirActors(string text, string expected) =>
        Assert.Contains(Coded(text), c => c.StartsWith(expected, StringComparison.Ordinal));
}
