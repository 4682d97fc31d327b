using FsCheck;
using FsCheck.Fluent;
using System.Text.RegularExpressions;
using Orkhon.Text;

namespace Orkhon.Tests.Text;

public sealed class TextNormaliserTests
{
    // Characters that stress the fold: both surrogate halves, a valid pair, marks, quotes, dashes and spaces.
    private static readonly char[] s_alphabet =
        ['a', 'Z', ' ', '.', '\'', '\uD83D', '\uDE00', '\uD800', '\uDFFF', '\u0301', '\u2019', '\u201C', '\u2014', '\u00A0', '\u2026', '\uFEFF', '\0', 'ö'];

    private static Arbitrary<string> Texts() =>
        Gen.ArrayOf(Gen.Elements(s_alphabet)).Select(cs => new string(cs)).ToArbitrary();

    // Written as escapes and unescaped in the test: xunit would turn a lone surrogate in theory data into U+FFFD itself.
    [Theory]
    [InlineData(@"Bat\uD800 met him", @"Bat\uFFFD met him")] // a high half with no low half after it
    [InlineData(@"\uDC00Putin", @"\uFFFDPutin")]             // a low half with no high half before it
    [InlineData(@"ends in \uD83D", @"ends in \uFFFD")]       // a high half at the very end
    [InlineData(@"smiled \uD83D\uDE00 ok", @"smiled \uD83D\uDE00 ok")] // a well-formed pair stays
    public void Normalise_LoneSurrogate_BecomesTheReplacementCharacter(string text, string expected) =>
        Assert.Equal(Regex.Unescape(expected), TextNormaliser.Normalise(Regex.Unescape(text)));

    [Fact]
    public void Property_Normalise_KeepsTheLengthAndLeavesWellFormedText() =>
        Prop.ForAll(Texts(), text =>
        {
            var normalised = TextNormaliser.Normalise(text);
            // Unicode normalisation throws on ill-formed UTF-16: it must accept whatever the normaliser gives.
            return normalised.Length == text.Length && normalised.Normalize(System.Text.NormalizationForm.FormD) is not null;
        }).QuickCheckThrowOnFailure();
}
