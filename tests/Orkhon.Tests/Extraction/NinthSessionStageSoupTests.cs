using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// The stages the ninth session added (a speaker's second act after a reported clause, stay lengths in weeks, the Nth day of a
/// stay as a span, a symmetric act's partner past places, "visiting" as a verb, companions after the object, a semicolon or a
/// copula opening a new clause, a clause reported inside a relative clause, "in a statement" after an act noun, promises of a
/// thing; and, merged later, a person's office or spokesman, "a spokesman for" a body, "Jr"/"Sr" after a name, "the two countries"
/// leaving out blocs, a body's head noun in either spelling, a denial after an auxiliary, the state of an armed act as a passive
/// verb's agent, a compass word before a struck place, "both sides" as an object) read words around the token they stand
/// on, forwards and backwards. Their cue words, alone, in pairs, cut short, shuffled
/// into soup, with no publication date and with the calendar's first and last days, must never throw, must keep every event's
/// span inside the text and must give the same events twice.
/// </summary>
public sealed class NinthSessionStageSoupTests
{
    private static readonly string[] s_cues =
    [
        // reported complements: "said the ship was not … and blamed", a possessed speaker, time phrases before the verb
        "said", "told", "the", "ship", "was", "not", "and", "blamed", "thanked", "would", "soon", "be", "home", "office", "'s",
        "spokesman", "on", "Monday", "also", "then", "later", "again", "earlier",
        // stay lengths and the Nth day of a stay
        "week-long", "weeklong", "one-week", "One-week", "two-week", "twelve-week", "99999-week", "-week", "-day", "three-day",
        "visit", "tour", "trip", "summit", "second", "third", "first", "day", "of", "Wednesday", "that", "began", "ended", "ends",
        // partners past places, locative adjuncts, "visiting"
        "discussed", "war", "in", "with", "his", "their", "a", "an", "counterpart", "about", "over", "signed", "deal", "visiting", ",",
        "is", "are", "met",
        // companions, new clauses, reported subjects inside relative clauses
        "together", "along", "applied", "to", "join", "condemned", "launch", ";", "while", "but", "main", "backer", "who", "which",
        "had", "backed", "rebels", "execution",
        // act authors, promises of a thing
        "statement", "interview", "hailed", "move", "promised", "offered", "pledged", "personnel", "for", "mission", "loans",
        "troops", "jointly", "cooperate",
        // merged later: staff and speakers of a person or body, name suffixes, state pairs, body head nouns, denials after auxiliaries
        "spokesman", "spokeswoman", "former", "ex-", "Marcos", "Jr", "Jr.", "Sr", "two", "countries", "ECOWAS", "organisation",
        "Organization", "charge", "has", "repeatedly", "denied", "did", "does", "Kigali",
        // armed acts' agents in the passive, compass words before a struck place, counted groups as objects
        "killed", "wounded", "during", "Israeli", "Hamas", "strike", "drone", "attack", "raid", "shelled", "eastern", "southern",
        "north-eastern", "both", "sides", "urged", "bombed", "cited", "evidence", "Lebanon",
        // dates and punctuation
        "Nov.", "28", "Dec.", "31", "9999", "1", "0001", "last", "week", ".", "\"", "(", ")", ":",
        // actors: states, capitals, people, organisations, possessives, nationalities
        "Ukraine", "Turkish", "Moscow", "Beijing", "Kim", "Putin", "Sweden", "Finland", "NATO", "South", "Korea", "United", "States",
        "Berlin", "Paris", "Netanyahu's", "Kremlin", "Jamaica", "Belize", "Bahamas", "Qatar", "Japan", "Tehran",
    ];

    // Every cue word alone, and each pair of them, opening and closing a text: the first and last token of a sentence, where
    // look-backs ("and" before a past verb, "with" before a partner, "in a" after a noun) and look-aheads run off the ends.
    [Fact]
    public void Extract_EveryCueAloneAndInPairs_NeverThrows()
    {
        StageSoup.ExtractEachCueAloneAndInPairs(s_cues);
    }

    [Theory]
    [InlineData("Japan said the ship was not")]
    [InlineData("Japan said the ship was not Japanese and")]
    [InlineData("Japan said the ship was not Japanese and blamed")]
    [InlineData("Netanyahu's office said")]
    [InlineData("Netanyahu's office on Monday said it and thanked")]
    [InlineData("and blamed Tehran")]
    [InlineData("Putin began a week-long")]
    [InlineData("Putin began a 99999-week visit")]
    [InlineData("Putin began a -week visit")]
    [InlineData("Putin, on a twelve-week visit to Japan that began on")]
    [InlineData("On Wednesday, the second day of the")]
    [InlineData("on Wednesday, the ninety-ninth day of the visit, Kim met Putin")]
    [InlineData("Erdogan discussed the war in Ukraine with")]
    [InlineData("Erdogan discussed the war in Ukraine with his")]
    [InlineData("Kim, visiting")]
    [InlineData("visiting Moscow")]
    [InlineData("Sweden applied to join NATO together with")]
    [InlineData("Japan condemned the launch, along with the")]
    [InlineData("together with Finland")]
    [InlineData("Iran backs the rebels;")]
    [InlineData("Iran backs the rebels, and the United States is")]
    [InlineData("Kim, who was told that")]
    [InlineData("Kim, who was told that Berlin")]
    [InlineData("Japan hailed the move in a")]
    [InlineData("Japan hailed the move in")]
    [InlineData("Jamaica, Belize and the Bahamas promised")]
    [InlineData("Jamaica, Belize and the Bahamas pledged troops")]
    [InlineData("Netanyahu's office")]
    [InlineData("Putin's spokesman")]
    [InlineData("a spokesman for")]
    [InlineData("a former spokesman for the")]
    [InlineData("a former spokesman for the Kremlin")]
    [InlineData("spokesman for Japan")]
    [InlineData("Ferdinand Marcos Jr")]
    [InlineData("Ferdinand Marcos Sr.")]
    [InlineData("Mali and Burkina Faso left ECOWAS. The two countries")]
    [InlineData("The two countries")]
    [InlineData("the organisation")]
    [InlineData("a charge Kigali has repeatedly")]
    [InlineData("has denied")]
    [InlineData("Sinwar was killed in an Israeli")]
    [InlineData("two soldiers were wounded during a")]
    [InlineData("was killed in a Hamas drone")]
    [InlineData("Israel shelled southern")]
    [InlineData("Israel shelled southern Lebanon")]
    [InlineData("Azerbaijani forces shelled Armenian villages. Moscow urged both")]
    [InlineData("Moscow urged both sides")]
    public void Extract_CueCutShort_Completes(string text)
    {
        StageSoup.AssertSoundAtEveryDate(text);
    }

    // The Nth day of a stay and a stay's length in weeks near the calendar's ends: the stay's first day would fall before the
    // first day there is, or its last after the last; no date is better than an exception.
    [Theory]
    [InlineData("On Jan. 1, 0001, the third day of the visit, Kim met Putin in Moscow.")]
    [InlineData("On Wednesday, the twelfth day of the visit, Kim met Putin in Moscow.")]
    [InlineData("Putin, on a twelve-week visit to Japan that began on Dec. 31, 9999, met Kishida.")]
    [InlineData("Putin, on a two-week visit to Japan that ends on Jan. 1, 0001, met Kishida.")]
    [InlineData("Putin ended a weeklong visit to Japan on Dec. 31, 9999.")]
    [InlineData("The summit closed in Tokyo on Jan. 1, 0001 after a two-week meeting of leaders.")]
    public void Extract_StayAtTheCalendarsEnds_Completes(string text)
    {
        StageSoup.AssertSoundAtEveryDate(text);
    }

    // Random soup of the stages' own cue words, several sentences long, dated or not: extraction completes, keeps its events
    // inside the text and gives the same events again.
    [Fact]
    public void Property_CueWordSoup_IsSoundAndDeterministic() =>
        StageSoup.CheckSoupsOf(s_cues, 300, 200);

    // Soup shaped like the stages' phrases (a reported clause and a second act, a stay in weeks, a partner past a place,
    // companions, a reported subject), so the stages fire rather than bail out on their first word.
    [Fact]
    public void Property_CuePhraseSoup_IsSoundAndDeterministic()
    {
        string[] phrases =
        [
            "Japan said the ship was not Japanese and blamed Tehran .", "Netanyahu's office on Monday said Qatar would help and thanked Qatar .",
            "Putin began a two-week visit to Japan .", "on Wednesday , the third day of the visit ,", "Erdogan discussed the war in Ukraine with his Turkish counterpart",
            "Kim , visiting Moscow , met Putin", "Sweden applied to join NATO together with Finland", "Japan condemned the launch , along with South Korea",
            "; the United States is its main backer", ", and the United States is", "Kim , who was told that Berlin condemned the execution ,",
            "Japan hailed the move in a statement", "Jamaica , Belize and the Bahamas promised personnel for the mission", "Dec. 31 , 9999",
            "a former spokesman for the Kremlin said", "Putin's spokesman said", "Ferdinand Marcos Jr. met Kishida", "The two countries signed a deal",
            "Mali and Burkina Faso left ECOWAS", "the organisation condemned", ", a charge Kigali has repeatedly denied",
            "two soldiers were wounded during a Russian drone attack", "Sinwar was killed in an Israeli strike", "Israel shelled southern Lebanon",
            "Moscow urged both sides to talk",
        ];
        StageSoup.CheckSoupsOf(phrases, 200, 40);
    }

    // One long run-on text of the cue words (about 60,000 words, sentences of random length, some very long): it completes well
    // within a hang guard. A stage that looks back without a bound or pairs every phrase with every token shows here.
    [Fact]
    public void Extract_LongCueWordSoup_CompletesWithinAGuard() =>
        StageSoup.AssertExtractsWithinGuard(StageSoup.RandomRun(s_cues, 9, 60_000));
}
