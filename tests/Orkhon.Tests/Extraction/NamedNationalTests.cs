using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A person named after their state's adjective or name, with an occupation between ("freed U.S. hockey coach Daniel Pryor"), is
/// that state as the object of a release or a detention (<see cref="NamedNationals"/>); a state's adjective before a thing, a
/// place, or a name with no occupation before it names no one.
/// </summary>
public sealed class NamedNationalTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Theory]
    [InlineData("Belarus freed Lithuanian truck driver Tomas Kairys on 3 May 2022.", "BLR", "LTU", "08")]
    [InlineData("Venezuela released American oil executive Mark Doyle on 3 May 2022.", "VEN", "USA", "08")]
    [InlineData("Tehran jailed British charity worker Anna Wells on 3 May 2019.", "IRN", "GBR", "17")]
    public void PersonAfterTheirStatesAdjective_IsTheStatesObject(string text, string source, string target, string root) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value.StartsWith(root, StringComparison.Ordinal));

    [Theory]
    [InlineData("Washington released Iranian funds on 3 May 2022.")] // a thing, not a person
    [InlineData("Belarus freed Lithuanian Tomas Kairys on 3 May 2022.")] // no occupation: the shape is not read
    [InlineData("Belarus freed a Lithuanian truck on 3 May 2022.")] // no name after the occupation
    public void NoNamedPerson_GivesNoRelease(string text) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.Value.StartsWith("084", StringComparison.Ordinal));
}
