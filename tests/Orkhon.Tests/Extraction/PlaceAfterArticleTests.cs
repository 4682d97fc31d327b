using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A state or a capital after a place preposition is where the act happens even when its name takes an article the name's
/// own match leaves out ("in The Hague", "in the Netherlands", "in the United States"), as it is without one ("in Vienna");
/// an organisation after "at the" or "in the" still acts (branch p28-precision5). The sentences are our own.
/// </summary>
public sealed class PlaceAfterArticleTests
{
    private static string[] Coded(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2025, 8, 10)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    // The body in the city acts, not the state the city is the capital of.
    [Theory]
    [InlineData("On Monday the International Court of Justice in The Hague rejected Bolivia's claim.", "ICJ>BOL")]
    [InlineData("The International Criminal Court in The Hague issued an arrest warrant for Putin on Friday.", "ICC>RUS")]
    [InlineData("The Organisation for the Prohibition of Chemical Weapons in The Hague accused Syria on Tuesday of using chlorine gas.", "OPCW>SYR")]
    [InlineData("Iran's foreign minister in the United States criticised Israel on Monday.", "IRN>ISR")]
    [InlineData("Japan's ambassador in the Netherlands condemned Russia on Tuesday.", "JPN>RUS")]
    public void Extract_StateAfterPrepositionAndArticle_IsAPlace(string text, string expectedPrefix)
    {
        var coded = Coded(text);
        Assert.Contains(coded, c => c.StartsWith(expectedPrefix, StringComparison.Ordinal));
        Assert.DoesNotContain(coded, c => c.StartsWith("NLD>", StringComparison.Ordinal) || c.StartsWith("USA>", StringComparison.Ordinal));
    }

    // Readings that stay: an organisation after "at the" acts; a state after "to the" is still the destination of a visit.
    [Theory]
    [InlineData("Judges at the International Criminal Court on Thursday found Mongolia guilty of failing to arrest Putin.", "ICC>MNG")]
    [InlineData("Kazakh President Tokayev flew to the United States on Monday.", "KAZ>USA 042")]
    [InlineData("Polish President Duda travelled to the Netherlands on Tuesday for talks with Dutch Prime Minister Rutte.", "POL>NLD")]
    public void Extract_OrganisationOrDestination_Stays(string text, string expectedPrefix) =>
        Assert.Contains(Coded(text), c => c.StartsWith(expectedPrefix, StringComparison.Ordinal));
}
