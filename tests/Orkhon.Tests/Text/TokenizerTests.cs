using Orkhon.Text;

namespace Orkhon.Tests.Text;

public sealed class TokenizerTests
{
    private static string[] Words(string text) => Tokenizer.Tokenize(text, 0, text.Length).Select(t => t.TextIn(text)).ToArray();

    [Theory]
    [InlineData("Oyun-Erdene met the U.S. envoy.", new[] { "Oyun-Erdene", "met", "the", "U.S.", "envoy", "." })]
    [InlineData("Mongolia's GDP grew 5.2% in 2023.", new[] { "Mongolia", "'s", "GDP", "grew", "5.2", "%", "in", "2023", "." })]
    [InlineData("It didn't sign $20,000 deals.", new[] { "It", "did", "n't", "sign", "$", "20,000", "deals", "." })]
    [InlineData("Côte d'Ivoire and the 1990s", new[] { "Côte", "d'Ivoire", "and", "the", "1990s" })]
    [InlineData("3-4 Sept.", new[] { "3", "-", "4", "Sept" , "." })]
    [InlineData("the U.N.-backed plan", new[] { "the", "U.N.-backed", "plan" })]
    [InlineData("a U.S.-led force.", new[] { "a", "U.S.-led", "force", "." })]
    [InlineData("U.S.-China talks", new[] { "U.S.", "-", "China", "talks" })]
    public void Tokenize_KeepsNamesNumbersAndAbbreviationsTogether(string text, string[] expected) => Assert.Equal(expected, Words(text));

    [Fact]
    public void Tokenize_OffsetsAreIntoTheText()
    {
        const string text = "  Putin’s visit — to Ulaanbaatar.";
        var normalised = TextNormaliser.Normalise(text);
        Assert.Equal(text.Length, normalised.Length);
        // Each token's span, read back from the ORIGINAL text, is where that word stands in it.
        var spans = Tokenizer.Tokenize(normalised, 0, normalised.Length).Select(t => (Text: text[t.Start..t.End], t.Start)).ToList();
        Assert.Contains(("Putin", 2), spans);
        Assert.Contains(("’s", 7), spans);
        Assert.Contains(("visit", 10), spans);
        Assert.Contains(("Ulaanbaatar", text.IndexOf("Ulaanbaatar", StringComparison.Ordinal)), spans);
        Assert.Equal(".", spans[^1].Text);
        Assert.Equal(text.Length - 1, spans[^1].Start);
    }

    [Theory]
    [InlineData("“Quote” ‘single’ – — … non\u00A0breaking", "\"Quote\" 'single' - - . non breaking")]
    [InlineData("plain text", "plain text")]
    public void Normalise_FoldsTypographyOneCharacterForOne(string input, string expected) => Assert.Equal(expected, TextNormaliser.Normalise(input));

    [Fact]
    public void Tokenize_SeededRandomInput_NeverThrowsAndCoversOnlyText()
    {
        var random = new Random(7);
        const string alphabet = "aZ09 .,'’-$%()\"\n\t'sn't";
        for (var round = 0; round < 300; round++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 200)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var previous = 0;
            foreach (var t in Tokenizer.Tokenize(text, 0, text.Length))
            {
                Assert.True(t.Start >= previous && t.End > t.Start && t.End <= text.Length);
                Assert.False(string.IsNullOrWhiteSpace(t.TextIn(text)));
                previous = t.End;
            }
        }
    }
}
