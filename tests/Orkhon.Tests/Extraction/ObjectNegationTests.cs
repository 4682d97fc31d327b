using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// "no" or "neither" opening a verb's object denies the act: "recognised neither Maduro's victory nor the opposition's claim",
/// "offered no troops". A "neither" elsewhere in the sentence leaves the act that comes before it alone. Branch
/// p26-precision3; the sentences are our own.
/// </summary>
public sealed class ObjectNegationTests
{
    private static string[] Coded(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2025, 1, 1)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    // Hard negatives: every act is denied by the determiner of its object.
    [Theory]
    [InlineData("Brazil has recognised neither Maduro's victory nor the opposition's claim.")]                 // newspaper, perfect
    [InlineData("India condemned neither Russia nor China over the clashes on Tuesday.")]                       // agency, past
    [InlineData("The Turkish foreign minister visited neither Kyiv nor Moscow in the first year of the war.")] // a visit
    [InlineData("Hungary will send neither troops nor weapons to Ukraine, Orban said on Friday.")]             // inside the phrase
    [InlineData("Tokyo has signed neither the treaty nor its protocol with Seoul.")]                            // a signing
    [InlineData("The Kremlin offered no troops to Armenia, a spokesman said.")]                                 // "no", as before
    public void Extract_ObjectOpenedByNeitherOrNo_GivesNoEvent(string text) => Assert.Empty(Coded(text));

    // The act before a "neither" of another clause is told as done.
    [Theory]
    [InlineData("India condemned Russia on Tuesday and said neither side should escalate.", "IND>RUS 111")]
    [InlineData("Russia expelled diplomats from Poland on Friday.", "RUS>POL 174")]
    public void Extract_NeitherOutsideTheObject_KeepsTheAct(string text, string expected) =>
        Assert.Contains(expected, Coded(text));
}
