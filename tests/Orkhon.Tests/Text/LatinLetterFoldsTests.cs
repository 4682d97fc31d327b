using Orkhon.Extraction.Mentions;
using Orkhon.Text;

namespace Orkhon.Tests.Text;

public sealed class LatinLetterFoldsTests
{
    [Theory]
    [InlineData("Khurelsükh", "Khurelsukh")]
    [InlineData("Erdoğan", "Erdogan")]
    [InlineData("Batmönkh", "Batmonkh")]
    [InlineData("Tokaýew", "Tokayew")]
    [InlineData("Łukaszenka", "Lukaszenka")]
    [InlineData("Støre", "Store")]
    [InlineData("Nguyễn Phú Trọng", "Nguyen Phu Trong")]
    [InlineData("Ursula von der Leyen", "Ursula von der Leyen")]
    [InlineData("Strauß", "Strauss")]
    public void Fold_LettersWithMarks_GiveTheirBaseLetters(string name, string expected) =>
        Assert.Equal(expected, LatinLetterFolds.Fold(name));

    [Fact]
    public void Fold_TextWithoutMarkedLetters_IsTheSameString()
    {
        const string name = "Ulaanbaatar";
        Assert.Same(name, LatinLetterFolds.Fold(name));
    }

    [Theory]
    [InlineData("Khurelsükh", "Khurelsukh")]
    [InlineData("Khurelsu\u0308kh", "Khurelsukh")] // the mark written apart, as a decomposed text has it
    [InlineData("Erdoğan’s", "Erdogan's")]
    public void OfficeHolderFold_MatchesTheNameWithoutMarks(string written, string expected) =>
        Assert.Equal(expected, OfficeHolderIndex.Fold(written));
}
