using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Attachment across clauses (issue 9, error class 5): relative clauses, parentheticals, appositives, participial clauses
/// and reduced relatives keep their actors to themselves. The sentences are our own, not taken from the corpora.
/// </summary>
public sealed class RelativeClauseTests
{
    private static string[] Coded(string text, string docDate = "2024-06-12") =>
        [.. EventExtractor.Default.Extract(text, DateOnly.Parse(docDate, System.Globalization.CultureInfo.InvariantCulture))
            .Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    private static string[] CodedWithDates(string text, string docDate = "2024-06-12") =>
        [.. EventExtractor.Default.Extract(text, DateOnly.Parse(docDate, System.Globalization.CultureInfo.InvariantCulture))
            .Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo} {e.Date}")];

    [Theory]
    // A non-restrictive relative clause: its verb takes the noun before it as subject, and the main verb after it does too.
    [InlineData("Kazakhstan, which hosted Chinese President Xi Jinping last week, signed a gas deal with Russia on Friday.", new[] { "KAZ>CHN 043", "KAZ>RUS 057" })]
    [InlineData("Hungary, which holds the rotating EU presidency, criticised Brussels on Monday.", new[] { "HUN>EU 111" })]
    // A restrictive relative clause on a noun that is no actor: neither verb has an actor subject; Beijing is the relative's object.
    [InlineData("The minister who visited Beijing last week criticised India on Monday.", new string[0])]
    // A relative clause after the object is the object's own clause.
    [InlineData("Turkey criticised Sweden, which had allowed a protest outside the Turkish embassy.", new[] { "TUR>SWE 111" })]
    // A participial parenthetical after the subject: its object is not the main verb's subject.
    [InlineData("The Japanese prime minister, speaking in Tokyo after meeting Biden, criticised China.", new[] { "JPN>USA 040", "JPN>CHN 111" })]
    // An appositive after the subject.
    [InlineData("Poland, a NATO member bordering Ukraine, summoned the Russian ambassador on Sunday.", new[] { "POL>RUS 114" })]
    public void Extract_RelativeClausesAndParentheticals_KeepTheMainSubject(string text, string[] expected) => Assert.Equal(expected, Coded(text));

    [Theory]
    // A participial clause after a comma is the main subject's act, not the act of the object before the comma.
    [InlineData("Belarus expelled a Lithuanian diplomat on Monday, accusing Vilnius of espionage.", new[] { "BLR>LTU 174", "BLR>LTU 1125" })]
    [InlineData("Ukraine's president, visiting troops near Kharkiv, accused Russia of shelling civilians.", new[] { "UKR>RUS 1123" })]
    // Under a negated or planned main clause, the participial clause is not coded as done.
    [InlineData("Mongolia did not arrest the Russian president, ignoring the International Criminal Court.", new string[0])]
    [InlineData("The Kremlin said Putin would travel to Mongolia next month, ignoring the International Criminal Court.", new[] { "RUS>MNG 036" })]
    // A participial clause has its own objects: Seoul is no target of the shelling.
    [InlineData("South Korea said North Korea had fired artillery shells near the island, prompting Seoul to stage a drill.", new string[0])]
    public void Extract_ParticipialClauses_TakeTheMainSubject(string text, string[] expected) => Assert.Equal(expected, Coded(text));

    [Theory]
    // A participle with "by" and no auxiliary is a passive: the agent after "by" acts on the noun it follows.
    [InlineData("Armenia, backed by France, condemned Azerbaijan on Monday.", new[] { "FRA>ARM 050", "ARM>AZE 111" })]
    // A participle after a prepositional object modifies it and borrows no subject.
    [InlineData("The European Union imposed sanctions on Iranian officials accused of supplying drones to Russia.", new[] { "EU>IRN 163" })]
    // A reduced passive inside a verb's object: its agent is the verb's target, and names no one acted on itself.
    [InlineData("Tehran condemned the sanctions imposed by Washington.", new[] { "IRN>USA 111" })]
    // A position participle places the object: the destination is not the target.
    [InlineData("Iranian forces seized a tanker bound for Israel on Friday.", new string[0])]
    // Other participles may name the target: whose positions were struck.
    [InlineData("Israel struck positions held by Hezbollah in southern Lebanon on Friday.", new[] { "ISR>LBN 195" })]
    public void Extract_ReducedRelatives_AttachInsideTheNounPhrase(string text, string[] expected) => Assert.Equal(expected, Coded(text));

    [Theory]
    // "claimed/alleged that B had attacked…" is an accusation of B also with a time phrase before "that"; the attack is not coded.
    [InlineData("Russia claimed on Monday that Ukraine had attacked Russian territory.", new[] { "RUS>UKR 112" })]
    [InlineData("Moscow alleged on Tuesday that Kyiv had shelled a village in the Kursk region.", new[] { "RUS>UKR 112" })]
    // A claim of a hostile act is an accusation even when the act has no actor object for the lexicon to code.
    [InlineData("Tehran claimed on Sunday that Israel had bombed the compound.", new[] { "IRN>ISR 112" })]
    public void Extract_ClaimWithATimePhrase_IsAnAccusation(string text, string[] expected) => Assert.Equal(expected, Coded(text));

    [Theory]
    // ", a charge X rejected": a reduced relative on the accusation is X's denial (016), answering whoever accused X.
    [InlineData("Baku claimed on Monday that Armenia had shelled the village, a charge Yerevan rejected.", new[] { "AZE>ARM 112", "ARM>AZE 016" })]
    [InlineData("Armenia accused Azerbaijan of attacking its border posts, an accusation Baku flatly denied.", new[] { "ARM>AZE 1123", "AZE>ARM 016" })]
    // Not a denial when the verb has its own object or the noun is no charge.
    [InlineData("Armenia accused Azerbaijan of attacking its border posts, a move Baku rejected.", new[] { "ARM>AZE 1123", "AZE>ARM 120" })]
    public void Extract_ChargeDeniedInAReducedRelative_IsADenial(string text, string[] expected) => Assert.Equal(expected, Coded(text));

    [Theory]
    // A visit named in an adjunct with no possessor or agent is the clause subject's, whatever the clause goes on to say.
    [InlineData("Kazakhstan's president said during a state visit to Tokyo on Friday that Astana would expand trade.", new[] { "KAZ>JPN 042" })]
    [InlineData("On a visit to Beijing on Tuesday, the Russian foreign minister criticised NATO.", new[] { "RUS>CHN 042", "RUS>NATO 111" })]
    // With "by" the agent is the visitor, as before.
    [InlineData("The leaders spoke during a visit to Paris by the Indian foreign minister.", new[] { "IND>FRA 042" })]
    public void Extract_VisitInAnAdjunct_IsTheClauseSubjects(string text, string[] expected) => Assert.Equal(expected, Coded(text));

    // A time phrase inside a relative clause after the phrase dates that clause, not the phrase: the pull-out (from talks still
    // to come, a refused meeting) is dated by the report, not by the Thursday the talks had been planned for.
    [Fact]
    public void Extract_TimePhraseInsideARelativeClause_DatesOnlyThatClause() =>
        Assert.Equal(["AZE>ARM 125 2023-10-04"],
            CodedWithDates("Azerbaijan's president has pulled out of talks with Armenia's prime minister that had been planned for Thursday, officials said on Wednesday.", "2023-10-04"));

    // A veto is cast against the Security Council's decision when the sentence names the council, not against the state
    // whose bid was vetoed; the subject skips the relative clause between it and its verb.
    [Fact]
    public void Extract_VetoInTheSecurityCouncil_TargetsTheCouncil() =>
        Assert.Equal(["CHN>UNSC 129"], Coded("In 2019 China, which holds a permanent seat on the Security Council, vetoed Taiwan's membership."));

    // A participial clause after talks of a stated length happens on the day written, not over the talks' span (a joint
    // intent, one from each party to the other).
    [Fact]
    public void Extract_ParticipialClauseAfterTalksOfAStatedLength_IsDatedByTheDayWritten() =>
        Assert.Equal(["ARM>AZE 046 2024-06-07/2024-06-08", "ARM>AZE 037 2024-06-08", "AZE>ARM 037 2024-06-08"],
            CodedWithDates("Armenian and Azerbaijani envoys ended two days of talks in Geneva on Saturday, agreeing to continue work on a peace treaty."));
}
