using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// The shallow clause layer (issue 9, sections 5–7): actors attach inside the clause of their phrase. Each case is
/// one class of error; the sentences are our own.
/// </summary>
public sealed class ClauseLayerTests
{
    private static string[] Coded(string text, string? docDate = null) =>
        [.. EventExtractor.Default.Extract(text, docDate is null ? null : DateOnly.Parse(docDate, System.Globalization.CultureInfo.InvariantCulture))
            .Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    // "A claimed that B had attacked C" accuses B; the attack is not coded as fact.
    [InlineData("Moscow claimed that Ukraine had attacked Russian territory with drones.", new[] { "RUS>UKR 112" })]
    // A clause whose subject is no actor borrows none: the Dalai Lama's visit is nobody's.
    [InlineData("China criticised Mongolia after the Dalai Lama visited Ulaanbaatar and met officials.", new[] { "CHN>MNG 111" })]
    // Coordinated verb phrases share their subject; the first verb's object is not the second's subject.
    [InlineData("Mongolia's president visited Seoul and met President Xi Jinping.", new[] { "MNG>KOR 042", "MNG>CHN 040" })]
    // A bare comma closing an opening clause does not join its object to the subject.
    [InlineData("Speaking at a news conference in Astana with his Kazakh counterpart, the Turkish foreign minister condemned Israel.", new[] { "TUR>ISR 111" })]
    // A place inside a noun phrase is not a target.
    [InlineData("Xi Jinping met Vladimir Putin at the summit in Astana.", new[] { "CHN>RUS 040" })]
    // Passives with the noun first and "between A and B"; and with "by A and B".
    [InlineData("Relations between Mongolia and South Korea were established in 1990.", new[] { "MNG>KOR 054" })]
    [InlineData("Talks were held between Kazakhstan and Uzbekistan in Tashkent in May 2024.", new[] { "KAZ>UZB 040" })]
    [InlineData("An agreement was signed by Mongolia and Japan in 2023.", new[] { "MNG>JPN 057" })]
    // A participial clause of time is the main subject's act.
    [InlineData("After meeting the Kazakh president in Astana, the Turkish foreign minister flew to Baku.", new[] { "TUR>KAZ 040", "TUR>AZE 042" })]
    public void Extract_ClauseAttachment(string text, string[] expected) => Assert.Equal(expected, Coded(text));

    // A verb form after a preposition or a quantifier is a noun: a travel warning is no visit.
    [Theory]
    [InlineData("France warned its citizens against all travel to Lebanon.")]
    [InlineData("Japan advised against any travel to Niger.")]
    public void Extract_NounThatLooksLikeAVerb_IsNoEvent(string text) => Assert.Empty(Coded(text));

    // Force aimed at a place inside a country is aimed at that country; the trailing speaker is no object.
    // The next sentence's reaction has no object: it answers whoever last acted against its subject.
    [Fact]
    public void Extract_ReactionInTheNextSentence_TargetsWhoActedFirst() =>
        Assert.Equal(["ISR>IRN 195", "IRN>ISR 138"],
            Coded("Israel struck targets inside Iran on Saturday, the Israeli military said. Tehran promised a response.", "2024-10-27"));

    // A reaction takes a target only from an act against its own subject.
    [Fact]
    public void Extract_ReactionWithNoActAgainstItsSubject_HasNoTarget() =>
        Assert.Equal(["ISR>IRN 195"], Coded("Israel struck targets inside Iran on Saturday. Ankara promised a response.", "2024-10-27"));

    // "responded in kind" repeats the last act back at the one who did it, dated by its own phrase ("the next day").
    [Fact]
    public void Extract_ReplyInKind_RepeatsTheLastActBackwards()
    {
        var events = EventExtractor.Default.Extract("Turkey expelled two Greek diplomats on Tuesday. Athens responded in kind the next day.", new DateOnly(2024, 9, 5));
        Assert.Equal(["TUR>GRC 174 2024-09-03", "GRC>TUR 174 2024-09-04"], events.Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo} {e.Date}"));
    }

    // Only the one the act was aimed at replies in kind.
    [Fact]
    public void Extract_ReplyInKindByAThirdParty_IsNoEvent() =>
        Assert.Equal(["TUR>GRC 174"], Coded("Turkey expelled two Greek diplomats on Tuesday. Cyprus responded in kind the next day.", "2024-09-05"));
}
