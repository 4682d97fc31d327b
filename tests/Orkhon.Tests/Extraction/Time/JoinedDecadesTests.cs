using FsCheck;
using FsCheck.Fluent;

namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// Two decades joined by "and", "to" or "through", the later after the earlier, are one stretch from the first's start to the
/// second's end, as "between 2017 and 2019" is a span: "in the 1960s and 1970s" is 1960/1979; "and" joins only the next
/// decade. Twins: a decade alone keeps its ten years; two decades in separate phrases, the later first, or with a gap after
/// "and", stay two. Our own sentences.
/// </summary>
public sealed class JoinedDecadesTests
{
    [Theory]
    [InlineData("Agents of the regime kidnapped dozens of dissidents abroad in the 1960s and 1970s.", "1960/1979")]
    [InlineData("The two states fought a border war from the 1930s to the 1950s.", "1930/1959")]
    [InlineData("Exports grew through the early 1980s and late 1990s.", "1980/1999")]
    public void Tag_JoinedDecades_AreOneSpan(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Tagged(text, "2024-05-10"));

    [Theory]
    [InlineData("Agents of the regime kidnapped dozens of dissidents abroad in the 1960s.", "1960/1969")]
    // The later decade first joins nothing.
    [InlineData("Trade peaked in the 1990s and 1970s.", "1990/1999")]
    // "and" joins only the next decade: a gap leaves two periods.
    [InlineData("Trade peaked in the 1960s and the 1990s.", "1990/1999")]
    // Two decades in separate phrases stay apart.
    [InlineData("The treaty was signed in the 1950s, and in the 1980s it lapsed.", "1980/1989")]
    public void Tag_DecadesNotJoined_KeepTheirYears(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Tagged(text, "2024-05-10"));

    // Any decade and a later one joined by "to" or "through", or the next one joined by "and": one span from the first's first
    // year to the second's last.
    [Fact]
    public void Property_JoinedDecades_SpanFromFirstToLast() =>
        Prop.ForAll((from first in Gen.Choose(180, 200) from gap in Gen.Choose(1, 3) from joiner in Gen.Elements("and", "to", "through") select (first, gap, joiner)).ToArbitrary(), c =>
        {
            var (a, b) = (c.first * 10, (c.first + (c.joiner == "and" ? 1 : c.gap)) * 10);
            var tagged = RandomNewsDays.Tagged($"The two states quarrelled over the river in the {a}s {c.joiner} {b}s.", "2024-05-10");
            return tagged.Length == 1 && tagged[0] == $"{a}/{b + 9}";
        }).QuickCheckThrowOnFailure();
}
