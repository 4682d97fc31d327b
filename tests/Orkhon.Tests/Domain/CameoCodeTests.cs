using Orkhon.Domain;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Domain;

public sealed class CameoCodeTests
{
    [Theory]
    [InlineData("01")]   // lowest root
    [InlineData("20")]   // highest root
    [InlineData("042")]
    [InlineData("0356")] // four digits, the longest
    [InlineData("1831")]
    public void TryParse_WellFormed_Accepted(string text)
    {
        Assert.True(CameoCode.TryParse(text, out var code));
        Assert.Equal(text, code.Value);
        Assert.Equal(text, code.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("4")]      // one digit: roots have two
    [InlineData("04231")]  // five digits
    [InlineData("00")]     // root 00 does not exist
    [InlineData("21")]     // root above 20
    [InlineData("99")]
    [InlineData("04a")]
    [InlineData(" 042")]   // no trimming: files are trimmed by the reader
    [InlineData("٠٤٢")]    // Arabic-Indic digits are digits, not ASCII digits
    public void TryParse_Malformed_Refused(string? text)
    {
        Assert.False(CameoCode.TryParse(text, out _));
        if (text is not null)
        {
            Assert.Throws<FormatException>(() => CameoCode.Parse(text));
        }
    }

    [Theory]
    [InlineData("01", 1, QuadClass.VerbalCooperation)]
    [InlineData("057", 5, QuadClass.VerbalCooperation)]    // last verbal-cooperation root
    [InlineData("06", 6, QuadClass.MaterialCooperation)]   // first material-cooperation root
    [InlineData("087", 8, QuadClass.MaterialCooperation)]
    [InlineData("09", 9, QuadClass.VerbalConflict)]
    [InlineData("1311", 13, QuadClass.VerbalConflict)]
    [InlineData("14", 14, QuadClass.MaterialConflict)]
    [InlineData("20", 20, QuadClass.MaterialConflict)]
    public void RootAndQuadClass_FollowTheRoot(string text, int root, QuadClass quad)
    {
        var code = CameoCode.Parse(text);
        Assert.Equal(root, code.RootNumber);
        Assert.Equal(text[..2], code.Root.Value);
        Assert.Equal(quad, code.QuadClass);
        Assert.Equal(text.Length - 1, code.Level);
    }

    [Theory]
    [InlineData("0423", "042", true)]
    [InlineData("0423", "04", true)]
    [InlineData("042", "042", true)]   // a code is in its own family
    [InlineData("043", "042", false)]
    [InlineData("04", "042", false)]   // a root is not in its child
    [InlineData("142", "04", false)]   // "42" inside the code is not a prefix
    public void IsIn_IsAFamilyTest(string code, string family, bool expected) =>
        Assert.Equal(expected, CameoCode.Parse(code).IsIn(CameoCode.Parse(family)));

    [Fact]
    public void SameRootAs_ComparesTheFirstTwoDigits()
    {
        Assert.True(CameoCode.Parse("042").SameRootAs(CameoCode.Parse("0431")));
        Assert.False(CameoCode.Parse("042").SameRootAs(CameoCode.Parse("057")));
    }

    [Fact]
    public void Parent_GoesUpOneLevel_NullAtTheRoot()
    {
        Assert.Equal(CameoCode.Parse("042"), CameoCode.Parse("0423").Parent);
        Assert.Equal(CameoCode.Consult, CameoCode.Parse("042").Parent);
        Assert.Null(CameoCode.Consult.Parent);
    }

    [Fact]
    public void Default_IsNotACode() => Assert.Throws<InvalidOperationException>(() => default(CameoCode).Value);

    [Fact]
    public void Equality_IsByValue_AndConvertsToString()
    {
        Assert.Equal(CameoCode.MakeVisit, CameoCode.Parse("042"));
        Assert.NotEqual(CameoCode.MakeVisit, CameoCode.HostVisit);
        string text = CameoCode.SignAgreement;
        Assert.Equal("057", text);
    }

    [Fact]
    public void Catalogue_EveryCodeParses_AndItsTypeAgrees()
    {
        foreach (var type in CameoCatalog.Default.All)
        {
            var code = CameoCode.Parse(type.Code);
            Assert.Equal(code, type.CameoCode);
            Assert.Equal(code.QuadClass, type.QuadClass);
            Assert.Same(type, CameoCatalog.Default.Get(code));
        }
    }

    [Fact]
    public void Goldstein_ComesFromTheCatalogue()
    {
        Assert.Equal(8.0, CameoCatalog.Default.Goldstein(CameoCode.SignAgreement));
        Assert.Equal(1.9, CameoCatalog.Default.Goldstein(CameoCode.MakeVisit));
    }

    [Fact]
    public void Catalogue_WellFormedButUnknownCode_IsNotContained()
    {
        // 0499 has the shape of a code but is not in CAMEO.
        var code = CameoCode.Parse("0499");
        Assert.False(CameoCatalog.Default.Contains(code));
        Assert.Null(CameoCatalog.Default.Find(code));
    }

    [Fact]
    public void CatalogueLoad_RootOutOfRange_IsAnErrorWithItsLine()
    {
        var tsv = "code\tname\tgoldstein\tplover\n01\tMake public statement\t0\t\n21\tNo such root\t0\t\n";
        var e = Assert.Throws<DataFileException>(() => CameoCatalog.Load(TsvTable.Read("cameo.tsv", new StringReader(tsv))));
        var error = Assert.Single(e.Errors);
        Assert.Equal(("cameo.tsv", 3), (error.File, error.Line));
    }
}
