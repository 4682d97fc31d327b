using FsCheck;
using FsCheck.Fluent;
using Orkhon.Domain;

namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// An act told as coming later by the subject of a clause dated to a day ("arrived on Wednesday and later met Aliyev", "was
/// welcomed at a ceremony on Tuesday and later held talks with him") goes on that day: agency copy tells one day's round
/// this way. Before, "later" kept the act from any date but its own, and in a story's first sentence it had none. A month or
/// a year before it is no such day. Our own sentences, agency and newspaper style, different actors, roots and word orders;
/// the publication day is Friday 14 March 2025 (10 March was a Monday).
/// </summary>
public sealed class LaterSameDayTests
{
    private const string Friday = "2025-03-14";

    [Theory]
    [InlineData("BAKU, March 14 (Reuters) - Kazakh President Kassym-Jomart Tokayev arrived in Baku on Wednesday and later met President Ilham Aliyev.", "KAZ>AZE 040 2025-03-12")]
    [InlineData("ULAANBAATAR, March 14 (Kyodo) - Japan's prime minister was welcomed by President Khurelsukh at a ceremony on Tuesday and later held talks with him.", "JPN>MNG 040 2025-03-11")]
    [InlineData("Poland's foreign minister condemned the drone incursion on Monday and later summoned the Russian charge d'affaires.", "POL>RUS 114 2025-03-10")]
    [InlineData("ANKARA, March 14 (Anadolu) - The Turkish president hosted his Azerbaijani counterpart in Ankara on Thursday and later signed a defence pact with him.", "TUR>AZE 057 2025-03-13")]
    [InlineData("On 3 March 2025 the Kenyan president received Ethiopia's prime minister in Nairobi and later thanked him for his country's help.", "KEN>ETH 051 2025-03-03")]
    public void Extract_LaterAfterADatedClauseOfTheSameSubject_IsThatDay(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, Friday));

    [Theory]
    // Hard negatives: a month before "later" names no day, so the later act does not take it; another subject's reaction
    // ("Belarus responded …") keeps the day of its own sentence's reading, not the clause before's.
    [InlineData("The junta revoked its military agreements with France in early August and later ordered the French ambassador to leave.", "NER>FRA 174 2024-08")]
    [InlineData("The junta revoked its military agreements with France in early August 2023 and later ordered the French ambassador to leave.", "NER>FRA 174 2023-08")]
    public void Extract_LaterAfterAMonth_DoesNotTakeTheMonth(string text, string unexpected) =>
        Assert.DoesNotContain(unexpected, RandomNewsDays.Coded(text, Friday));

    // Any publication day and any weekday of the week before it: the act after "and later" takes the weekday's day.
    [Fact]
    public void Property_LaterAfterADatedDay_TakesThatDay() =>
        Prop.ForAll((from doc in RandomNewsDays.Days from back in Gen.Choose(0, 6) select (doc, back)).ToArbitrary(), c =>
        {
            var day = c.doc.AddDays(-c.back);
            var text = $"{RandomNewsDays.Dateline("BAKU", c.doc)}Kazakh President Kassym-Jomart Tokayev arrived in Baku on {RandomNewsDays.Weekdays[(int)day.DayOfWeek]} "
                + "and later met President Ilham Aliyev.";
            var dates = RandomNewsDays.Dates(text, c.doc);
            return dates.Length == 2 && dates[0] == FuzzyDate.OfDay(day) && dates[1] == FuzzyDate.OfDay(day);
        }).QuickCheckThrowOnFailure();
}
