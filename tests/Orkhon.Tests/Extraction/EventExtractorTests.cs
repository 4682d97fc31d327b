using Orkhon.Domain;
using Orkhon.Extraction;
using Orkhon.Extraction.Mentions;

namespace Orkhon.Tests.Extraction;

public sealed class EventExtractorTests
{
    private static List<EventMention> Extract(string text, string? docDate = null) =>
        EventExtractor.Default.Extract(text, docDate is null ? null : DateOnly.Parse(docDate, System.Globalization.CultureInfo.InvariantCulture));

    private static string[] Summary(string text, string? docDate = null) =>
        [.. Extract(text, docDate).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo} {e.Date?.ToString() ?? "-"}")];

    [Fact]
    public void CoordinatedEvents_TheIssuesExample_GivesThreeEventsOnOneSentence()
    {
        const string text = "From the Mongolian side, President Khurelsukh Ukhnaa visited Tashkent in June 2024, attended the Shanghai Cooperation Organization (SCO) Summit in Astana in July 2024, and conducted a state visit to Ashgabat in October 2024.";
        var events = Extract(text);
        Assert.Equal(["MNG>UZB 042 2024-06", "MNG>SCO 042 2024-07", "MNG>TKM 042 2024-10"], events.Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo} {e.Date}"));
        Assert.All(events, e =>
        {
            Assert.Equal(0, e.SentenceStart);
            Assert.Equal(text.Length, e.SentenceEnd);
            Assert.Equal(ActorRole.HeadOfState, e.Source.Role);
        });
    }

    [Theory]
    [InlineData("Putin's visit to Ulaanbaatar on 3 September 2024 drew protests.", "RUS>MNG 042 2024-09-03")] // possessive nominal
    [InlineData("A visit by Japanese Foreign Minister Yoko Kamikawa to Ulaanbaatar in March 2024 went well.", "JPN>MNG 042 2024-03")] // visit by X to Y
    [InlineData("Ulaanbaatar was visited by Indian Prime Minister Narendra Modi on 17 May 2015.", "IND>MNG 042 2015-05-17")] // passive
    [InlineData("Moscow criticised Washington for its policy.", "RUS>USA 111 -")] // metonymy
    [InlineData("The Kyrgyz president arrived in Ulaanbaatar on 9 July 2023.", "KGZ>MNG 042 2023-07-09")] // adjective + title
    [InlineData("Blinken met Khurelsukh in Ulaanbaatar in August 2024.", "USA>MNG 040 2024-08")] // people resolved at the date
    [InlineData("President Emomali Rahmon of Tajikistan visited Bishkek in 2025.", "TJK>KGZ 042 2025")] // President NAME of COUNTRY
    [InlineData("Mongolia and Kazakhstan signed an agreement on visa-free travel in October 2023.", "MNG>KAZ 057 2023-10")] // coordinated actors
    [InlineData("Kazakhstan refused to sign the accord with Russia.", "KAZ>RUS 120 -")] // a refusal is 12
    [InlineData("Russia offered to mediate between Kyrgyzstan and Tajikistan.", "RUS>KGZ 039 -", "RUS>TJK 039 -")] // a proposal is 03
    public void Patterns(string text, params string[] expected) => Assert.Equal(expected, Summary(text));

    [Theory]
    [InlineData("Khurelsukh did not attend the 2023 SCO summit.")]
    [InlineData("Kazakhstan may revise its agreement with Russia.")]
    [InlineData("Mongolia's unwillingness to arrest Putin was widely discussed.")]
    [InlineData("Kazakhstan has resisted pressure to condemn Moscow.")]
    [InlineData("No response from Beijing has been reported.")]
    [InlineData("If Armenia leaves the CSTO, Moscow could retaliate.")]
    [InlineData("Japarov would visit Tokyo if his schedule allowed.")]
    [InlineData("A Chinese tour group visited the Gandan monastery in Ulaanbaatar.")] // not a state actor
    [InlineData("Former President Elbegdorj met Japanese business leaders in Tokyo in 2023.")] // out of office
    [InlineData("Mongolia recognized the importance of engaging with the West.")] // "recognise" of an idea
    public void NegatedHypotheticalAndNonStateStatements_GiveNoEvents(string text) => Assert.Empty(Extract(text));

    [Fact]
    public void Coreference_TheTwoCountries_AcrossSentences()
    {
        var events = Summary("Khurelsukh arrived in Bishkek on 22 August 2024. The two presidents then signed a declaration on strategic partnership.");
        Assert.Contains("MNG>KGZ 042 2024-08-22", events);
        Assert.Contains(events, e => e.StartsWith("MNG>KGZ 057", StringComparison.Ordinal));
    }

    [Fact]
    public void AcronymDefinedInTheText_IsKnownAfterwards()
    {
        // The organisation is not in the reference data: an acronym is learnt only for a known name, so the
        // second sentence has no target to code.
        var events = EventExtractor.Default.Extract("Mongolia joined the Organization for the Prohibition of Widgets (OPW) in 2020. Japan praised the OPW in 2021.");
        Assert.DoesNotContain(events, e => e.Source.Code == "JPN");
        var known = EventExtractor.Default.Extract("Mongolia sent troops to a mission of the Collective Security Treaty Organization (CSTO) partners. Later the CSTO praised Mongolia.");
        Assert.Contains(known, e => e.Source.Code == "CSTO" && e.Target.Code == "MNG" && e.Cameo == "051");
    }

    [Fact]
    public void FollowedBy_RepeatsTheLastEventWithEachFollowersDate()
    {
        var events = Summary("In July 2023, President Sadyr Japarov of Kyrgyzstan paid a state visit to Mongolia. He was followed by President Tokayev of Kazakhstan in October 2024 and President Mirziyoyev of Uzbekistan in June 2025.");
        Assert.Equal(["KGZ>MNG 042 2023-07", "KAZ>MNG 042 2024-10", "UZB>MNG 042 2025-06"], events);
    }

    [Fact]
    public void DocumentWithoutDate_RelativeMonthResolvesAgainstTheTextsLatestDate()
    {
        var events = Summary("The talks in August 2024 were cordial. The Uzbek delegation visited Ulaanbaatar in early September.");
        Assert.Contains("UZB>MNG 042 2024-09", events);
    }

    [Fact]
    public void Offsets_PointIntoTheOriginalText_EvenWithTypographicQuotes()
    {
        const string text = "“Mongolia’s partner,” he said.\n\nRussia’s President Putin visited Ulaanbaatar on 3 September 2024.";
        var e = Assert.Single(Extract(text));
        Assert.Equal(text[e.SentenceStart..e.SentenceEnd], e.Sentence);
        Assert.StartsWith("Russia’s President", e.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void HugeTextWithoutPunctuation_IsHandledInBoundedPieces()
    {
        var text = string.Concat(Enumerable.Repeat("Mongolia Russia China visited talks ", 40_000)) + new string('x', 50_000);
        var events = Extract(text);
        Assert.All(events, e => Assert.True(e.SentenceEnd - e.SentenceStart <= 2 * Orkhon.Text.SentenceSplitter.MaxSentenceLength));
        Assert.All(events, e => Assert.Equal(text[e.SentenceStart..e.SentenceEnd], e.Sentence));
    }
}

public sealed class CoreferenceTests
{
    [Fact]
    public void TheSecretaryOfState_IsTheOfficeHolderNamedBefore()
    {
        var events = EventExtractor.Default.Extract("US Secretary of State Antony Blinken arrived in Ulaanbaatar on 1 August 2024. The secretary of state praised Mongolia for its democracy.");
        Assert.Contains(events, e => e.Source.Code == "USA" && e.Target.Code == "MNG" && e.Cameo == "051");
    }
}

/// <summary>Names as news writes them: with a possessive inside, longer than six words, objects in either number.</summary>
public sealed class NameAndObjectFormTests
{
    private static List<string> Codes(string text) =>
        [.. EventExtractor.Default.Extract(text).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo.Root}")];

    [Theory]
    [InlineData("The People's Republic of China signed an agreement with Mongolia on 3 March 2024.", "CHN>MNG 05")] // was Taiwan: "Republic of China"
    [InlineData("Mongolia signed an agreement with the Lao People's Democratic Republic on 3 March 2024.", "MNG>LAO 05")]
    [InlineData("The Hong Kong Special Administrative Region of the People's Republic of China signed an agreement with Mongolia on 3 March 2024.", "HKG>MNG 05")] // twelve tokens
    public void LongAndPossessiveNames_Resolve(string text, string expected) => Assert.Contains(expected, Codes(text));

    [Theory]
    [InlineData("Mongolia and Japan concluded two accords on 3 March 2024.")] // the lexicon lists "accord"
    [InlineData("Mongolia and Japan concluded three agreements on 3 March 2024.")]
    public void RequiredObjects_MatchEitherNumber(string text) => Assert.Contains("MNG>JPN 05", Codes(text));

    [Theory]
    [InlineData("sanction", new[] { "sanction", "sanctions" })]
    [InlineData("treaty", new[] { "treaty", "treaties" })]
    [InlineData("accords", new[] { "accords", "accord" })]
    [InlineData("congress", new[] { "congress", "congresses" })]
    [InlineData("talks", new[] { "talks", "talk" })]
    [InlineData("supplies", new[] { "supplies", "supply" })]
    public void NounForms_GiveBothNumbers(string noun, string[] expected) =>
        Assert.Equal(expected, Orkhon.Extraction.Lexicon.Inflection.NounForms(noun));
}
