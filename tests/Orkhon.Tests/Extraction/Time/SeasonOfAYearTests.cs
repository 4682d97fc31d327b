using FsCheck;
using FsCheck.Fluent;
using Orkhon.Extraction;
using Orkhon.Extraction.Time;

namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// A season of a named year ("in the summer of 1939", "spring 2023", "the autumn of 2019") is a part of that year, as "early
/// 2023" is: the coding rules give the year, not three months. Our own sentences, agency and newspaper style, different actors,
/// roots and word orders; the publication day is Friday 14 March 2025.
/// </summary>
public sealed class SeasonOfAYearTests
{
    private const string Friday = "2025-03-14";

    [Theory]
    [InlineData("In the summer of 1939 Soviet and Mongolian troops routed the Japanese army on the Khalkha river.", "SUN>JPN 190 1939")]
    [InlineData("Pakistan expelled two Indian diplomats in the autumn of 2019, officials recalled.", "PAK>IND 174 2019")]
    [InlineData("HANOI, March 14 (AFP) - Vietnam and Laos signed a border treaty in spring 2023, the foreign ministry said on Friday.", "VNM>LAO 057 2023")]
    [InlineData("It was during the summer of 2018 that Seoul offered to host talks between Washington and Pyongyang.", "KOR>USA 039 2018")]
    [InlineData("Ankara had recalled its ambassador from Vienna in late summer 2020.", "TUR>AUT 161 2020")]
    public void Extract_SeasonOfANamedYear_IsTheYear(string text, string expected) =>
        Assert.Contains(expected, RandomNewsDays.Coded(text, Friday));

    [Theory]
    // Hard negatives: a season of a year inside another act's clause dates nothing of the main act; a season without a year
    // keeps its three months.
    [InlineData("France condemned Russia on Monday, which had invaded Ukraine in the spring of 2022.", "FRA>RUS 111 2025-03-10")]
    [InlineData("The envoys met last summer.", "2024-06/2024-08")]
    public void Extract_SeasonThatIsNotTheActsOrHasNoYear_KeepsItsOwnReading(string text, string expected) =>
        Assert.Contains(expected, text.StartsWith("The envoys", StringComparison.Ordinal) ? RandomNewsDays.Tagged(text, Friday) : RandomNewsDays.Coded(text, Friday));

    private static readonly string[] s_seasons = ["spring", "summer", "autumn", "fall", "winter"];

    // Any season with any written year: exactly that year, never months and never another year; no exception.
    [Fact]
    public void Property_SeasonOfAWrittenYear_IsThatYear() =>
        Prop.ForAll((from year in Gen.Choose(1000, 2999) from season in Gen.Choose(0, 4) from form in Gen.Elements("in the {0} of {1}", "during the {0} of {1}", "{0} {1}", "late {0} {1}")
                     from doc in RandomNewsDays.Days
                     select (year, season, form, doc)).ToArbitrary(), c =>
        {
            var phrase = string.Format(System.Globalization.CultureInfo.InvariantCulture, c.form, s_seasons[c.season], c.year);
            var text = $"The ministers met {phrase} in Astana.";
            var values = TemporalTagger.Tag(text, 0, text.Length, new TimeAnchor(c.doc, null)).SelectMany(e => e.Values).ToArray();
            return values.Length == 1 && values[0].ToString() == c.year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }).QuickCheckThrowOnFailure();
}
