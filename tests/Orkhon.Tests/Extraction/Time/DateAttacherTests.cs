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
    [InlineData("Japan agreed on Thursday with South Korea to hold regular summits.", "2024-09-06", "JPN>KOR 030 2024-09-05")]
    // A planned trip is an intent dated by the statement, and the statement's weekday is not read forward.
    [InlineData("The Mongolian foreign minister will travel to Seoul in November, the ministry said on Tuesday.", "2024-09-05", "MNG>KOR 036 2024-09-03")]
    // A stated length makes a span from the day of arrival.
    [InlineData("Chancellor Scholz arrived in Astana on 15 September 2024 for a two-day visit.", null, "DEU>KAZ 042 2024-09-15/2024-09-16")]
    // A year used as an adjective dates its noun, not the appeal.
    [InlineData("The IMF urged Kyrgyzstan to cut spending ahead of the 2025 elections.", null, "IMF>KGZ 020 -")]
    // A range across a month's end.
    [InlineData("Mongolia and Japan held talks in Tokyo on 31 August-1 September 2024.", null, "MNG>JPN 040 2024-08-31/2024-09-01")]
    public void Extract_OneClause_TakesTheRightDate(string text, string? docDate, string expected) => Assert.Equal([expected], Dated(text, docDate));

    // An intent's time phrase after the publication day is the planned act's ("meet again in June" is next June): the
    // intent is dated by the statement, else by the sentence's dated event; a time phrase before the infinitive ("agreed on
    // Tuesday to …") is the intent's own.
    [Theory]
    [InlineData("Japan and Mongolia agreed to meet again in June, the ministry said on Tuesday.", "JPN>MNG 036 2024-09-03", "MNG>JPN 036 2024-09-03")]
    [InlineData("Uzbekistan's foreign minister visited Ulaanbaatar on Tuesday and promised to return in May.", "UZB>MNG 042 2024-09-03", "UZB>MNG 030 2024-09-03")]
    [InlineData("Kazakhstan and Uzbekistan agreed on Tuesday to hold a summit in March.", "KAZ>UZB 036 2024-09-03", "UZB>KAZ 036 2024-09-03")]
    public void Extract_IntentWithAPlannedTime_DatedByTheStatement(string text, string first, string second) =>
        Assert.Equal([first, second], Dated(text, "2024-09-05"));

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
        Assert.Equal(["DZA>FRA 161 2024-07-30", "FRA>MAR 051 -"],
            Dated("Algeria recalled its ambassador from Paris on 30 July 2024, after France backed Morocco's plan."));

    [Fact]
    public void Extract_SentenceWithoutTimePhrase_TakesThePreviousSentencesDate() =>
        Assert.Equal(["HUN>CHN 042 2024-07-08", "HUN>CHN 040 2024-07-08"],
            Dated("Hungary's prime minister arrived in Beijing on 8 July 2024. He met Xi Jinping."));

    // "A day earlier" opening a sentence counts back from the previous sentence's day.
    [Fact]
    public void Extract_ADayEarlier_CountsFromThePreviousSentence() =>
        Assert.Equal(["TUR>GRC 174 2024-09-04", "GRC>TUR 174 2024-09-03"],
            Dated("Turkey expelled a Greek diplomat on Wednesday. A day earlier, Greece had expelled a Turkish diplomat.", "2024-09-05"));

    // Excerpts: an undated sentence takes the date carried through any number of sentences that give none.
    [Fact]
    public void Extract_UndatedSentenceAfterAnEventlessOne_TakesTheCarriedDate() =>
        Assert.Equal(["HUN>CHN 042 2024-07-08", "HUN>CHN 040 2024-07-08"],
            Dated("Hungary's prime minister arrived in Beijing on 8 July 2024. Officials in Budapest described the mood as warm. He met Xi Jinping."));

    // A sentence with a time phrase and no event still dates the sentences after it.
    [Fact]
    public void Extract_EventlessDatedSentence_DatesTheNextOne() =>
        Assert.Equal(["JPN>MNG 070 2024-02-03"], Dated("Heavy snow fell across Mongolia on 3 February 2024. Japan sent emergency aid to Mongolia."));

    // Background with its own year does not move the story's date: the sentence after it is back on the story's day.
    [Fact]
    public void Extract_BackgroundYear_DoesNotMoveTheCarriedDate() =>
        Assert.Equal(["CHN>MNG 057 2024-09-10", "MNG>CHN 054 1949", "MNG>CHN 051 2024-09-10"],
            Dated("BEIJING, Sept 12 (Xinhua) -- China and Mongolia signed an agreement on Tuesday. Mongolia established diplomatic relations with China in 1949. Mongolia's president praised China.", "2024-09-12"));

    // The dateline's day is the lead sentence's last fallback.
    [Fact]
    public void Extract_LeadWithoutTimePhrase_TakesTheDatelinesDay() =>
        Assert.Equal(["CHN>MNG 057 2024-09-12"], Dated("BEIJING, Sept 12 (Xinhua) -- China and Mongolia signed an agreement on grassland protection.", "2024-09-12"));

    // The dateline is not the sentence's opening time phrase: a coordinated verb takes the first verb's day, and a
    // time phrase after ", accusing … of" dates the accused act, not the expulsion, the summons or the accusation. (The
    // accusation takes the clause's day, and so is one event with the summons: same pair, root and day.)
    [Fact]
    public void Extract_DatelineAndParticipialClause_DoNotDateTheCoordinatedVerb() =>
        Assert.Equal(["NOR>RUS 174 2024-05-08", "NOR>RUS 114 2024-05-08"],
            Dated("OSLO, May 10 (Reuters) - Norway expelled two Russian diplomats on Wednesday and summoned the Russian ambassador, accusing Moscow of spying in March.", "2024-05-10"));

    // An accusation in a participial clause takes its main clause's day; the month dates the act it is about.
    [Fact]
    public void Extract_ParticipialAccusation_TakesTheMainClausesDay() =>
        Assert.Equal(["NOR>RUS 174 2024-05-08", "NOR>RUS 1125 2024-05-08"],
            Dated("Norway expelled two Russian diplomats on Wednesday, accusing Moscow of spying in March.", "2024-05-10"));

    // A relative clause keeps its date: the talks do not take the visit's month.
    [Fact]
    public void Extract_RelativeClause_KeepsItsDateInside() =>
        Assert.Equal(["RUS>PRK 042 2024-06", "RUS>CHN 040 -"], Dated("Lavrov, who visited Pyongyang in June 2024, held talks with Wang Yi in Beijing."));

    // "since …" is a vague anchor: the act in it takes no date from the main clause.
    [Fact]
    public void Extract_SinceClause_IsAVagueAnchor() =>
        Assert.Equal(["JPN>KOR 042 2023-05-07", "JPN>KOR 163 -"],
            Dated("Japan's prime minister visited Seoul on 7 May 2023, the first such trip since Tokyo imposed export curbs on South Korea."));

    // "a day after", "hours after": the subordinate clause's day counts from the main clause's.
    [Theory]
    [InlineData("Seoul summoned the Japanese ambassador on 8 March 2024, a day after Japan's foreign minister criticised South Korea.", "KOR>JPN 114 2024-03-08", "JPN>KOR 111 2024-03-07")]
    [InlineData("Iran's president arrived in Baghdad on 11 September 2024, hours after Israel struck Syria.", "IRN>IRQ 042 2024-09-11", "ISR>SYR 195 2024-09-11")]
    public void Extract_IntervalAfterMainClause_CountsFromItsDay(string text, string main, string subordinate) =>
        Assert.Equal([main, subordinate], Dated(text));

    [Theory]
    // "ended a three-day visit on …": the stay ran up to the day.
    [InlineData("The Indian president ended a three-day visit to Mongolia on 12 October 2024.", null, "IND>MNG 042 2024-10-10/2024-10-12")]
    // A time phrase after "that" dates the relative clause ("planned for Thursday"), not the withdrawal.
    [InlineData("Azerbaijan pulled out of talks with Armenia that had been planned for Thursday, officials said on Tuesday.", "2024-10-04", "AZE>ARM 125 2024-10-01")]
    // The relative clause ends at its comma: the time phrase after it is the act's again.
    [InlineData("Mongolia granted asylum to three North Korean defectors who had crossed from China, a court in Ulaanbaatar ruled on Monday.", "2024-09-05", "MNG>PRK 075 2024-09-02")]
    // A time phrase later than publication dates the plan the verb governs, not the agreement.
    [InlineData("Armenia agreed to support Azerbaijan's bid to host the climate conference next year, the ministry said on Monday.", "2024-12-10", "ARM>AZE 032 2024-12-09")]
    // "said later on Monday": the cue belongs to the statement, which still dates the act it reports.
    [InlineData("Japan said later on Monday it was negotiating with Iran.", "2024-11-20", "JPN>IRN 046 2024-11-18")]
    // A verb's time phrase may follow the event noun that is its object.
    [InlineData("Pakistan's prime minister condemned the Indian strike on Wednesday.", "2025-05-08", "PAK>IND 111 2025-05-07")]
    // A time phrase in the possessive dates its noun ("last month's attack"), not the act.
    [InlineData("India struck targets in Pakistan on Wednesday, saying it had hit camps behind last month's attack on tourists.", "2025-05-08", "IND>PAK 195 2025-05-07")]
    public void Extract_ExcerptClause_TakesTheRightDate(string text, string? docDate, string expected) => Assert.Equal([expected], Dated(text, docDate));
}
