using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// Which date each event clause takes (issue 9, section 9): its own time phrase, else the sentence's dated event,
/// else the dated reporting clause, else the previous sentence's; planned acts are dated by the statement. The
/// sentences are our own. 5 September 2024 was a Thursday.
/// </summary>
public sealed class DateAttacherTests
{
    private static string[] Dated(string text, string? docDate = null) =>
        [.. EventExtractor.Default.Extract(text, docDate is null ? null : DateOnly.Parse(docDate, System.Globalization.CultureInfo.InvariantCulture))
            .Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo} {e.Date?.ToString() ?? "-"}")];

    [Theory]
    // The reporting clause dates a clause with no time phrase of its own.
    [InlineData("Japan and India signed a defence pact, the ministry said on Monday.", "2024-09-05", "JPN>IND 057 2024-09-02")]
    // A time phrase inside the phrase's gap ("agreed on Thursday to …") is the phrase's own.
    [InlineData("Japan agreed with South Korea on Thursday to hold regular summits.", "2024-09-06", "JPN>KOR 036 2024-09-05")]
    // A planned trip is an intent dated by the statement, and the statement's weekday is not read forward.
    [InlineData("The Mongolian foreign minister will travel to Seoul in November, the ministry said on Tuesday.", "2024-09-05", "MNG>KOR 036 2024-09-03")]
    // A stated length makes a span from the day of arrival.
    [InlineData("Chancellor Scholz arrived in Astana on 15 September 2024 for a two-day visit.", null, "DEU>KAZ 042 2024-09-15/2024-09-16")]
    // A year used as an adjective dates its noun, not the appeal.
    [InlineData("The IMF urged Kyrgyzstan to cut spending ahead of the 2025 elections.", null, "IMF>KGZ 020 -")]
    // A range across a month's end.
    [InlineData("Mongolia and Japan held talks in Tokyo on 31 August-1 September 2024.", null, "MNG>JPN 040 2024-08-31/2024-09-01")]
    public void Extract_OneClause_TakesTheRightDate(string text, string? docDate, string expected) => Assert.Equal([expected], Dated(text, docDate));

    [Fact]
    public void Extract_ClauseWithoutTimePhrase_TakesTheSentencesDatedEvent() =>
        Assert.Equal(["KAZ>CHN 043 2024-07-03", "KAZ>CHN 057 2024-07-03"],
            Dated("Kazakhstan's president hosted Xi Jinping in Astana on 3 July 2024, and the two sides signed an energy agreement."));

    [Fact]
    public void Extract_ResponseLater_DoesNotTakeTheFirstActsDate() =>
        Assert.Equal(["JPN>RUS 174 2023-05", "RUS>JPN 174 -"],
            Dated("Japan expelled two Russian diplomats in May 2023, and Russia responded by expelling a Japanese diplomat."));

    // "…, after France backed…": a temporal subordinate clause is another time; the main clause's date does not reach it.
    [Fact]
    public void Extract_TemporalSubordinateClause_KeepsItsOwnDate() =>
        Assert.Equal(["DZA>FRA 161 2024-07-30", "FRA>MAR 050 -"],
            Dated("Algeria recalled its ambassador from Paris on 30 July 2024 after France backed Morocco's plan."));

    [Fact]
    public void Extract_SentenceWithoutTimePhrase_TakesThePreviousSentencesDate() =>
        Assert.Equal(["HUN>CHN 042 2024-07-08", "HUN>CHN 040 2024-07-08"],
            Dated("Hungary's prime minister arrived in Beijing on 8 July 2024. He met Xi Jinping."));

    // "A day earlier" opening a sentence counts back from the previous sentence's day.
    [Fact]
    public void Extract_ADayEarlier_CountsFromThePreviousSentence() =>
        Assert.Equal(["TUR>GRC 174 2024-09-04", "GRC>TUR 174 2024-09-03"],
            Dated("Turkey expelled a Greek diplomat on Wednesday. A day earlier, Greece had expelled a Turkish diplomat.", "2024-09-05"));
}
