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

    // Plain characters weighted high, so that long runs lie between the ones that fold: Normalise copies the runs whole and
    // searches across them, and must still fold every character as Fold and the lone-surrogate rule say, one at a time.
    private static Arbitrary<string> LongTexts() =>
        Gen.ArrayOf(Gen.Frequency(
            (12, Gen.Elements('a', 'Z', ' ', '.', '\'', '\u009F', '\0')),
            (1, Gen.Elements('`', '\u00A0', '\u00B4', '\u00FF', '\u2032', '\uFFFF', '\uD83D', '\uDE00', '\uD800', '\uDFFF', '\u2019', '\u2014', '\u2026', '\uFEFF', '\u0301', 'ö'))))
            .Select(cs => new string(cs)).ToArbitrary();

    [Fact]
    public void Property_Normalise_FoldsEveryCharacterAsOneAtATime() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2000).WithEndSize(400), Prop.ForAll(LongTexts(), text =>
        {
            var expected = new char[text.Length];
            for (var i = 0; i < text.Length; i++)
            {
                expected[i] = TextNormaliser.IsLoneSurrogate(text, i) ? '\uFFFD' : TextNormaliser.Fold(text[i]);
            }

            return TextNormaliser.Normalise(text) == new string(expected);
        }));

    [Fact]
    public void Property_Normalise_KeepsTheLengthAndLeavesWellFormedText() =>
        Prop.ForAll(Texts(), text =>
        {
            var normalised = TextNormaliser.Normalise(text);
            // Unicode normalisation throws on ill-formed UTF-16: it must accept whatever the normaliser gives.
            return normalised.Length == text.Length && normalised.Normalize(System.Text.NormalizationForm.FormD) is not null;
        }).QuickCheckThrowOnFailure();
}
