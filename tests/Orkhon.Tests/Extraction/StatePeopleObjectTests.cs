using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// People of a state named by a demonym or by an adjective and a role after a count ("freed 12 Canadians", "expelled three
/// Iranian intelligence officers") as the object of a release or an expulsion (object words <c>state-people</c>,
/// <c>state-officials</c>; branch p18-senses-c); the state itself, a place or a crowd expelled en masse is no such object.
/// </summary>
public sealed class StatePeopleObjectTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Theory]
    [InlineData("Tehran freed 12 Canadians on Friday in 2022.", "IRN", "CAN", "0841")]
    [InlineData("Minsk released two Lithuanians in March 2024.", "BLR", "LTU", "0841")]
    [InlineData("Germany expelled three Iranian agents in 2023.", "DEU", "IRN", "174")]
    [InlineData("Ottawa expelled two Chinese officers in 2023.", "CAN", "CHN", "174")]
    [InlineData("Warsaw kicked out five Belarusian officers in 2021.", "POL", "BLR", "174")]
    public void PeopleOfAState_AreTheTarget(string text, string source, string target, string cameo) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value == cameo);

    [Theory]
    [InlineData("The sanctions relief freed Iran to sell more oil in 2016.", "08")]
    [InlineData("The assembly expelled Russia from the council in 2022.", "17")]
    [InlineData("Ukrainian forces freed the Kharkiv region in September 2022.", "08")]
    [InlineData("The party expelled two lawmakers in 2021.", "17")]
    [InlineData("Kazakhstan released Russian statistics on the trade in 2023.", "08")]
    [InlineData("The government expelled more than 2,000 Haitians in 2024.", "174")]
    public void NoPeopleOfAState_GiveNoEventOfIt(string text, string cameo) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.Value.StartsWith(cameo, StringComparison.Ordinal));
}
