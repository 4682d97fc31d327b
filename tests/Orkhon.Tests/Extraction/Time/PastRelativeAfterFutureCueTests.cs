using FsCheck;
using FsCheck.Fluent;
using Orkhon.Extraction.Time;

namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// A relative clause told in the past after a future cue is no plan: "agreed to a truce, which took effect on Sunday" is last
/// Sunday, not next. A relative clause in the future keeps the cue's reading. Our own sentences; 2 October 2024 was a Wednesday.
/// </summary>
public sealed class PastRelativeAfterFutureCueTests
{
    [Theory]
    [InlineData("Israel and Hamas agreed to a truce, which took effect on Sunday.", new[] { "2024-09-29" })]
    [InlineData("Armenia agreed to the deal, which Azerbaijan signed on Friday.", new[] { "2024-09-27" })]
    [InlineData("Ankara plans to expand the base, which opened in March.", new[] { "2024-03" })]
    [InlineData("Kyiv pledged to rebuild the bridge, which Russian missiles destroyed on Monday.", new[] { "2024-09-30" })]
    [InlineData("Brazil vowed to defend the reserve, where loggers began clearing land in August.", new[] { "2024-08" })]
    // An irregular past second after the pronoun, and one in capitals, count as much as an -ed form.
    [InlineData("Oslo plans to reopen the embassy, which militants left in June.", new[] { "2024-06" })]
    [InlineData("Quito vowed to rebuild the dam, WHICH the floods BROKE in August.", new[] { "2024-08" })]
    // The verb is looked for among the pronoun's first three words only, and never after "will" or "is".
    [InlineData("Chile pledged to protect the reef, which the navy had mapped in July.", new[] { "2025-07" })]
    [InlineData("Lima plans to open the port, which is expected to receive ships in July.", new[] { "2025-07" })]
    // A relative clause in the future, or none, leaves the plan ahead.
    [InlineData("Seoul agreed to talks, which will be held on Friday.", new[] { "2024-10-04" })]
    [InlineData("Tokyo plans to host a summit, which will open in May.", new[] { "2025-05" })]
    [InlineData("Manila will host the envoys in May.", new[] { "2025-05" })]
    public void Tag_PastRelativeAfterAFutureCue_IsThePast(string text, string[] expected) => Assert.Equal(expected, RandomNewsDays.Tagged(text, "2024-10-02"));

    // Whatever the day and weekday, a weekday in a past relative clause after "agreed to" lies within the week before.
    [Fact]
    public void Property_WeekdayInAPastRelative_IsNoLaterThanThePublicationDay() =>
        Prop.ForAll((from doc in RandomNewsDays.Days from w in Gen.Choose(0, 6) select (doc, w)).ToArbitrary(), c =>
        {
            var text = $"The two sides agreed to a ceasefire, which took hold on {RandomNewsDays.Weekdays[c.w]}.";
            var anchor = new TimeAnchor(c.doc, null);
            var values = TemporalTagger.Tag(text, 0, text.Length, anchor).SelectMany(e => e.Values).ToArray();
            return values.Length == 1 && values[0].Earliest <= c.doc && values[0].Earliest > c.doc.AddDays(-7);
        }).QuickCheckThrowOnFailure();
}
