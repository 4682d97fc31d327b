using System.Security.Cryptography;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Orkhon.Domain;

namespace Orkhon.Tests.Domain;

public sealed class DocumentTests
{
    [Fact]
    public void ComputeId_SameText_SameId_AndDependsOnlyOnText()
    {
        var a = Document.Create("Mongolia and Kyrgyzstan signed a declaration.", title: "A", path: "a.txt");
        var b = Document.Create("Mongolia and Kyrgyzstan signed a declaration.", title: "B", path: "b.txt");
        Assert.Equal(a.Id, b.Id);
        Assert.Equal(Document.IdLength, a.Id.Length);
        Assert.Matches("^[0-9a-f]+$", a.Id);
    }

    [Fact]
    public void ComputeId_DifferentText_DifferentId() =>
        Assert.NotEqual(Document.ComputeId("a"), Document.ComputeId("b"));

    // The id is hashed a block at a time; it must stay the hash of the whole text's UTF-8 bytes, including
    // texts longer than a block with a surrogate pair or a lone surrogate across a block's edge.
    [Fact]
    public void ComputeId_IsTheHashOfTheWholeUtf8Text()
    {
        static string Expected(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, Document.IdLength / 2));
        foreach (var text in new[] { "", "a", new string('x', 4095) + "\U0001F600" + "tail", new string('y', 4095) + "\uD83D", new string('z', 12_289) + "\u00e9\uDE00" })
        {
            Assert.Equal(Expected(text), Document.ComputeId(text));
        }

        var longText = Gen.Elements("a", "\u00e9", "\U0001F600", "\uD800", "\uDC00", " ", "\u201C").ListOf().Select(parts => string.Concat(Enumerable.Repeat(string.Concat(parts), 97)));
        Prop.ForAll(longText.ToArbitrary(), text => Expected(text) == Document.ComputeId(text)).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData("MNG", true)]
    [InlineData("SCO", true)]
    [InlineData("G77", true)]
    [InlineData("mng", false)]
    [InlineData("M", false)]
    [InlineData("MN G", false)]
    [InlineData(null, false)]
    public void Actor_IsValidCode(string? code, bool valid) => Assert.Equal(valid, Actor.IsValidCode(code));

    [Fact]
    public void ActorRoles_RoundTripEveryRole()
    {
        foreach (var role in Enum.GetValues<ActorRole>())
        {
            Assert.True(ActorRoles.TryParse(role.ToName(), out var back));
            Assert.Equal(role, back);
        }
    }
}
