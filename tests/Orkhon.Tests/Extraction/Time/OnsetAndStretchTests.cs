using FsCheck;
using FsCheck.Fluent;
using Orkhon.Domain;

namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// Two ways a noun phrase tells its act's time apart from the clause around it. An event noun's own relative clause that
/// says when the act began ("after border clashes that began on Tuesday", "strikes, which broke out on Sunday") dates the act
/// by that time, not by the main clause's day. An act told as an untold stretch ("after months of talks mediated by Qatar",
/// "has mediated years of talks") has no date, as the corpus writers date background acts with only a vague anchor and a
/// standing mediation (TestData/extraction/README.md). A stay or an exercise begun on a day and said to last or run until
/// another spans the two ("arrived on Wednesday for a state visit that lasts until Saturday"). Our own sentences, agency and newspaper style; the publication day is
/// Friday 14 March 2025 (10 March was a Monday).
/// </summary>
public sealed class OnsetAndStretchTests
{
    private const string Friday = "2025-03-14";

    [Theory]
    [InlineData("BAKU, March 14 (Reuters) - Armenia and Azerbaijan agreed on Friday to a truce after border clashes that began on Tuesday, officials said.", "ARM>AZE 190 2025-03-11")]
    [InlineData("The agreement ends a campaign of Israeli air strikes on southern Lebanon that began on March 2.", "ISR>LBN 195 2025-03-02")]
    [InlineData("BISHKEK, March 14 (Reuters) - Kyrgyzstan and Tajikistan agreed on Friday to pull back their troops after border clashes, which broke out on Wednesday, killed 24 people.", "KGZ>TJK 190 2025-03-12")]
    [InlineData("GAZA, March 14 (AP) - Israeli air strikes on Gaza that started on Sunday have killed 30 people, health officials said on Friday.", "ISR>PSE 195 2025-03-09")]
    [InlineData("NEW DELHI, March 14 (PTI) - India and China held talks on Friday to ease tension after clashes that erupted on Monday in Ladakh.", "IND>CHN 190 2025-03-10")]
    public void Extract_EventNounWithItsOnsetInARelativeClause_TakesTheOnsetsTime(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, Friday));

    [Theory]
    // Hard negatives: the main act keeps its own day; a relative clause on another noun ("over the war that began in 2020")
    // dates nothing of the meeting's.
    [InlineData("BAKU, March 14 (Reuters) - Armenian and Azerbaijani ministers met on Friday over the war that began in 2020.", "ARM>AZE 040 2025-03-14")]
    [InlineData("BISHKEK, March 14 (Reuters) - Kyrgyzstan and Tajikistan agreed on Friday to pull back their troops after border clashes, which broke out on Wednesday, killed 24 people.", "KGZ>TJK 0356 2025-03-14")]
    [InlineData("ISLAMABAD, March 14 (Reuters) - Pakistan condemned on Friday Indian air strikes that began on Wednesday.", "PAK>IND 111 2025-03-14")]
    public void Extract_ActsAroundTheRelativeClause_KeepTheirOwnDay(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, Friday));

    [Theory]
    [InlineData("DOHA, March 14 (Reuters) - Sudan's army and the RSF signed a truce on Friday after months of talks mediated by Saudi Arabia.", "SAU>SDN 045 -")]
    [InlineData("NAIROBI, March 14 (Reuters) - Kenya, which has mediated years of negotiations between Sudan and South Sudan, welcomed the deal on Friday.", "KEN>SSD 045 -")]
    [InlineData("MUSCAT, March 14 (Reuters) - Oman has mediated years of talks between Iran and the United States, its foreign minister said on Friday.", "OMN>USA 045 -")]
    [InlineData("DOHA, March 14 (Reuters) - Sudan's army and the RSF agreed on Friday to a truce, the Saudi foreign minister announced, after months of on-off negotiations mediated by Saudi Arabia, Egypt and the United States.", "EGY>SDN 045 -")]
    [InlineData("DOHA, March 14 (Reuters) - Sudan's army and the RSF agreed on Friday to a truce, the Saudi foreign minister announced, after weeks of negotiations mediated by Saudi Arabia.", "SAU>SDN 045 -")]
    public void Extract_MediationToldAsAnUntoldStretch_HasNoDate(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, Friday));

    [Theory]
    // Hard negatives: mediated talks of a told day keep it; the act after the stretch keeps its own day.
    [InlineData("MUSCAT, March 14 (Reuters) - Oman mediated talks between Iran and the United States in Muscat on Wednesday, its foreign minister said on Friday.", "OMN>USA 045 2025-03-12")]
    [InlineData("DOHA, March 14 (Reuters) - Sudan's army and the RSF signed a truce on Friday after talks mediated by Saudi Arabia on Thursday.", "SAU>SDN 045 2025-03-13")]
    [InlineData("DOHA, March 14 (Reuters) - Sudan's army and the RSF agreed on Friday to a truce, the Saudi foreign minister announced, after months of on-off negotiations mediated by Saudi Arabia, Egypt and the United States.", "SDN>SAU 0871 2025-03-14")]
    public void Extract_TalksOfAToldDayOrTheActAfterTheStretch_KeepTheirDay(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, Friday));

    [Theory]
    [InlineData("DUSHANBE, March 14 (AP) - Uzbek President Shavkat Mirziyoyev arrived in Dushanbe on Wednesday for a state visit that lasts until Saturday.", "UZB>TJK 042 2025-03-12/2025-03-15")]
    [InlineData("DUSHANBE, March 14 (AP) - Uzbek President Shavkat Mirziyoyev arrived in Dushanbe on Wednesday for a state visit that runs until March 17.", "UZB>TJK 042 2025-03-12/2025-03-17")]
    [InlineData("ALMATY, March 14 (Reuters) - Kazakh and Kyrgyz troops began joint exercises on Tuesday that will run until March 20.", "KAZ>KGZ 062 2025-03-11/2025-03-20")]
    public void Extract_StayOrExerciseGoingOnUntilADay_SpansTheTwoDays(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, Friday));

    [Theory]
    // Hard negative: an act that neither begins nor arrives keeps its day when a later "run until" tells another act's end.
    [InlineData("DUSHANBE, March 14 (AP) - Tajikistan condemned Uzbekistan on Wednesday over military drills that run until March 20.", "TJK>UZB 111 2025-03-12")]
    public void Extract_ActThatNeitherBeginsNorArrives_KeepsItsDay(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, Friday));

    // Any publication day, arrival in the week before it and length: "arrived on <weekday> for a state visit that lasts until
    // <day>" spans the arrival to that day.
    [Fact]
    public void Property_ArrivalForAVisitLastingUntilADay_SpansTheStay() =>
        Prop.ForAll((from doc in RandomNewsDays.Days from back in Gen.Choose(1, 6) from length in Gen.Choose(1, 5) select (doc, back, length)).ToArbitrary(), c =>
        {
            var arrived = c.doc.AddDays(-c.back);
            var last = arrived.AddDays(c.length);
            var text = $"{RandomNewsDays.Dateline("DUSHANBE", c.doc)}Uzbek President Shavkat Mirziyoyev arrived in Dushanbe on "
                + $"{RandomNewsDays.Weekdays[(int)arrived.DayOfWeek]} for a state visit that lasts until {RandomNewsDays.Written(last)}.";
            var dates = RandomNewsDays.Dates(text, c.doc);
            return dates.Length == 1 && dates[0] == FuzzyDate.Between(FuzzyDate.OfDay(arrived), FuzzyDate.OfDay(last));
        }).QuickCheckThrowOnFailure();

    private static readonly string[] Onsets = ["began", "started", "erupted", "broke out"];

    // Any publication day, any day of the week before it, any onset verb and either relative form: the clashes take the
    // onset's day and the agreement the publication day.
    [Fact]
    public void Property_OnsetInTheRelativeClause_DatesTheClashes() =>
        Prop.ForAll((from doc in RandomNewsDays.Days
                     from back in Gen.Choose(1, 6)
                     from onset in Gen.Elements(Onsets)
                     from which in Gen.Elements(true, false)
                     select (doc, back, onset, which)).ToArbitrary(), c =>
        {
            var began = c.doc.AddDays(-c.back);
            var relative = c.which ? $", which {c.onset} on {RandomNewsDays.Weekdays[(int)began.DayOfWeek]}, killed 24 people."
                : $" that {c.onset} on {RandomNewsDays.Weekdays[(int)began.DayOfWeek]}, officials said.";
            var text = $"{RandomNewsDays.Dateline("BISHKEK", c.doc)}Kyrgyzstan and Tajikistan agreed on {RandomNewsDays.Weekdays[(int)c.doc.DayOfWeek]} "
                + $"to pull back their troops after border clashes{relative}";
            var events = Orkhon.Extraction.EventExtractor.Default.Extract(text, c.doc);
            var clashes = events.Where(e => e.Cameo.Value == "190").ToList();
            return clashes.Count > 0 && clashes.All(e => e.Date == FuzzyDate.OfDay(began))
                && events.Where(e => e.Cameo.RootNumber == 3).All(e => e.Date == FuzzyDate.OfDay(c.doc));
        }).QuickCheckThrowOnFailure();

    private static readonly string[] Units = ["weeks", "months", "years"];

    private static readonly string[] Processes = ["talks", "negotiations", "on-off talks", "indirect negotiations"];

    // Any publication day, stretch and process: every mediation pair is undated, the truce keeps the day told.
    [Fact]
    public void Property_MediationOverAnUntoldStretch_IsUndated() =>
        Prop.ForAll((from doc in RandomNewsDays.Days
                     from unit in Gen.Elements(Units)
                     from process in Gen.Elements(Processes)
                     select (doc, unit, process)).ToArbitrary(), c =>
        {
            var text = $"{RandomNewsDays.Dateline("DOHA", c.doc)}Sudan's army and the RSF agreed on {RandomNewsDays.Weekdays[(int)c.doc.DayOfWeek]} to a truce, "
                + $"the Saudi foreign minister announced, after {c.unit} of {c.process} mediated by Saudi Arabia and Egypt.";
            var events = Orkhon.Extraction.EventExtractor.Default.Extract(text, c.doc);
            var mediations = events.Where(e => e.Cameo.Value == "045").ToList();
            return mediations.Count >= 2 && mediations.All(e => e.Date is null)
                && events.Where(e => e.Cameo.Value == "087").All(e => e.Date == FuzzyDate.OfDay(c.doc));
        }).QuickCheckThrowOnFailure();
}
