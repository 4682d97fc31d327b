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
