using Orkhon.Domain;

namespace Orkhon.Tests.Domain;

public sealed class EventKindTests
{
    [Fact]
    public void Names_RoundTripForEveryKind()
    {
        foreach (var kind in Enum.GetValues<EventKind>())
        {
            Assert.True(EventKinds.TryParse(kind.ToName(), out var back));
            Assert.Equal(kind, back);
        }

        Assert.Equal(Enum.GetValues<EventKind>().Length, EventKinds.Names.Distinct().Count());
    }

    [Theory]
    [InlineData("State_Visit")]        // file names are exact: lower case
    [InlineData("state visit")]
    [InlineData("partnership_declared")] // an old name, renamed to partnership
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_NotAName_Refused(string? text) => Assert.False(EventKinds.TryParse(text, out _));

    [Fact]
    public void VisitsAndAgreements_AreDisjoint()
    {
        Assert.DoesNotContain(Enum.GetValues<EventKind>(), k => k.IsVisit() && k.IsAgreement());
        Assert.True(EventKind.StateVisit.IsVisit());
        Assert.True(EventKind.Partnership.IsAgreement());
        Assert.False(EventKind.Other.IsVisit() || EventKind.Other.IsAgreement());
    }
}
