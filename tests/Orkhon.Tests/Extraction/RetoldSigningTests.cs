using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// One signing told twice (<see cref="RetoldSignings"/>): a later sentence whose signing verb has a definite document object
/// ("signed the accord", "signed the documents", a named document) tells the signing the excerpt has already told, so the
/// pair keeps one 057, dated by the later telling when it gives a day. A second document signed on another occasion keeps
/// its own. And an agreed ceasefire or truce is the truce itself (0871, as the corpus's writers code it), whether it is
/// told by its noun or by "agreed to stop all firing". None of these sentences is taken from the corpora.
/// </summary>
public sealed class RetoldSigningTests
{
    private static readonly DateOnly Published = new(2024, 6, 12);

    private static string[] Signings(string text) =>
        [.. EventExtractor.Default.Extract(text, Published).Where(e => e.Cameo.Value == "057").Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Date}")];

    [Theory]
    [InlineData("SANTIAGO, June 12 (Reuters) - Chile and Peru have signed a fisheries treaty, officials said. The two foreign ministers signed the treaty in Lima on Monday.", "CHL>PER 2024-06-10")]
    [InlineData("Ghana and Togo signed a border accord in May. President Akufo-Addo signed the accord with Togo's president at a ceremony in Accra on May 20.", "GHA>TGO 2024-05-20")]
    [InlineData("Kenya and Ethiopia signed a security pact on Monday. Ruto signed the documents with Abiy Ahmed at State House in Nairobi.", "KEN>ETH 2024-06-10")]
    [InlineData("Fiji and Tonga signed a maritime treaty this month. The two prime ministers signed the Nuku'alofa Accord on a ship in the harbour on June 3.", "FJI>TON 2024-06-03")]
    public void ASigningToldAgainWithTheDocument_IsOneSigning(string text, string signing) =>
        Assert.Equal([signing], Signings(text));

    [Theory]
    // another document on another day
    [InlineData("Chile and Peru signed a fisheries treaty on Monday. On Friday Chile and Peru signed a trade agreement in Lima.", 2)]
    // an indefinite object: a deal of its own
    [InlineData("Kenya and Ethiopia signed a security pact in 2019. Kenya signed a trade deal with Ethiopia on Monday.", 2)]
    public void ASecondDocument_KeepsItsOwnSigning(string text, int count) =>
        Assert.Equal(count, Signings(text).Length);

    [Fact]
    public void ASigningToldAgainFarOnInALongDocument_IsAnotherStory()
    {
        // A file of wires run together: the same pair signs again in a later story, far beyond one story's length.
        var filler = string.Concat(Enumerable.Repeat("Markets in the region were calm and traders expected little news before the holiday. ", 60));
        var text = "Chile and Peru signed a fisheries treaty on Monday. " + filler + "Chile's president signed the treaty on water rights with Peru's president in Lima on Friday.";

        Assert.Equal(2, Signings(text).Length);
    }

    [Theory]
    [InlineData("Israel and Hamas agreed on a truce on Friday.", "ISR", "PSE")]
    [InlineData("Armenia and Azerbaijan agreed to a ceasefire on Monday. The two sides' commanders agreed to stop all firing from midnight, Armenian officials said.", "ARM", "AZE")]
    public void AnAgreedCeasefire_IsTheTruceItself(string text, string one, string other)
    {
        var truces = EventExtractor.Default.Extract(text, Published)
            .Where(e => e.Cameo.Value.StartsWith("08", StringComparison.Ordinal) && (e.Source.Code, e.Target.Code) is var (s, t) && (s == one && t == other || s == other && t == one))
            .Select(e => e.Cameo.Value).Distinct().ToArray();
        Assert.Equal(["0871"], truces);
    }
}
