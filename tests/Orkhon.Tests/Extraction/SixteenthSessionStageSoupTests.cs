namespace Orkhon.Tests.Extraction;

/// <summary>
/// The stages and rows the sixteenth session added by 19:00: act nouns owned by a nationality ("the North Korean missile
/// launch") as the author of a reaction, a reaction's own time after its sequence cue ("responded on Thursday by expelling"),
/// an absolute "with" clause whose subject is no partner (", with Trump announcing the truce"), a treaty held in abeyance and a
/// mission's staff cut; and, read from their branches, peacekeeping service, joint training with a partner, summit attendance
/// told without "attend", mediation credited to a third party, "told X to", quoted slogans, chaired bodies and "X-led" forces.
/// Their cue words, alone, in pairs, cut short, shuffled into soup, with no publication date and with the calendar's first and
/// last days, must never throw, must keep every event's span inside the text and must give the same events twice; a long
/// run-on and a document of thousands of short sentences must cost no more than linear time.
/// </summary>
public sealed class SixteenthSessionStageSoupTests
{
    private static readonly string[] s_cues =
    [
        // act nouns owned by a nationality, and the reactions that answer them
        "the", "North", "Korean", "missile", "launch", "launches", "test", "tests", "Iranian", "move", "decision", "Japan",
        "condemned", "responded", "retaliated", "hit", "back", "by", "expelling", "seizing", "with", "tariffs", "later",
        "on", "Thursday", "Sunday", "Monday", "Friday", "two", "diplomats", "a", "tanker", "Belarus", "Tehran", "Beijing",
        // absolute "with" clauses
        "India", "and", "Pakistan", "agreed", "to", "ceasefire", "Trump", "announcing", "truce", "Emirates", "acting", "as",
        "go-between", "swapped", "prisoners", "U.S.", "officials", "saying", "Chinese", "side", "insisting", "including", "during",
        // treaties in abeyance and mission staff cut
        "Ethiopia", "put", "held", "its", "border", "treaty", "Eritrea", "in", "abeyance", "cut", "reduced", "staff", "of",
        "Pakistan's", "high", "commission", "embassy", "halved", "size",
        // peacekeeping, joint training and summit attendance
        "Mongolian", "troops", "have", "served", "NATO", "peacekeeping", "force", "Kosovo", "contingent", "deployed", "Chad",
        "U.N.", "mission", "Nepal", "kept", "battalion", "Lebanon", "Fiji", "had", "trained", "French", "forces", "took", "part",
        "alongside", "Thai", "units", "exercise", "run", "drills", "instructors", "military", "trainers", "received", "warm",
        "welcome", "at", "summit", "stayed", "for", "was", "among", "leaders", "joined", "other", "SCO", "Tianjin",
        // mediation credited to a third party, and directions with "told X to"
        "secured", "deal", "between", "Armenia", "Azerbaijan", "helped", "secure", "facilitated", "exchange", "good", "offices",
        "Oman's", "offered", "told", "Vilnius", "correct", "mistake", "readmitted", "Syria", "lodged", "representations",
        "demarche", "over", "bluntly", "both", "sides", "last", "week",
        // quoted slogans, chaired bodies, relatives' names and "X-led" forces
        "\"", "Out", "campaign", "America", "First", "agenda", "Anwar", "who", "chairs", "ASEAN", "which", "holds", "rotating",
        "presidency", "EU", "whose", "country", "Jill", "Biden", "Hunter", "Mr", "Denmark", "backed", "British-led", "operation",
        "Saudi-led", "coalition",
        // dates
        "ULAANBAATAR", "March", "3", "(Xinhua)", "--", "9999", "0001", "31", "December", "1", "January", "2023", "since", "2006",
        // punctuation and the words a stage stops at
        ".", ",", ";", ":", "?", "'s", "-", "(", ")", "if", "but", "without", "Will",
    ];

    // Every cue word alone, and each ordered pair, opening and closing a text.
    [Fact]
    public void Extract_EveryCueAloneAndInPairs_NeverThrows()
    {
        StageSoup.ExtractEachCueAloneAndInPairs(s_cues);
    }

    [Theory]
    [InlineData("Japan condemned the North Korean missile")]
    [InlineData("the North Korean")]
    [InlineData("Belarus responded on Thursday by")]
    [InlineData("Belarus responded on")]
    [InlineData("Tehran retaliated on Sunday by seizing")]
    [InlineData("Beijing hit back on Monday with")]
    [InlineData("later on Friday")]
    [InlineData("India and Pakistan agreed to a ceasefire, with")]
    [InlineData("India and Pakistan agreed to a ceasefire, with Trump")]
    [InlineData(", with")]
    [InlineData(", with the")]
    [InlineData("with U.S. officials")]
    [InlineData("Ethiopia put its border treaty with Eritrea in")]
    [InlineData("cut the staff of Pakistan's high")]
    [InlineData("Mongolian troops have served with the NATO peacekeeping")]
    [InlineData("a Mongolian contingent deployed to")]
    [InlineData("Nepal has kept a battalion of about 900 soldiers with")]
    [InlineData("Indian troops trained with French")]
    [InlineData("American troops took part with Thai units in the")]
    [InlineData("received a warm welcome at")]
    [InlineData("stayed on for the")]
    [InlineData("Xi was among more than 30 leaders at")]
    [InlineData("joined other leaders at the")]
    [InlineData("The United States secured a deal between Armenia and")]
    [InlineData("Egypt helped secure")]
    [InlineData("an exchange facilitated by")]
    [InlineData("through Oman's good")]
    [InlineData("Beijing told Vilnius on Monday to")]
    [InlineData("told Russia and Ukraine on")]
    [InlineData("told")]
    [InlineData("The Arab League readmitted")]
    [InlineData("Beijing lodged solemn representations over")]
    [InlineData("an \"India Out\"")]
    [InlineData("an \"India")]
    [InlineData("\"")]
    [InlineData("Anwar, who chairs")]
    [InlineData("Hungary, which holds the rotating presidency of the")]
    [InlineData("whose country holds the EU")]
    [InlineData("his son Hunter Biden")]
    [InlineData("Jill")]
    [InlineData("Denmark backed the British-led")]
    [InlineData("the Saudi-led")]
    [InlineData("ULAANBAATAR, March 3 (Xinhua) --")]
    public void Extract_CueCutShort_Completes(string text)
    {
        StageSoup.AssertSoundAtEveryDate(text);
    }

    // A reaction's own time and a sequence at the calendar's ends.
    [Theory]
    [InlineData("North Korea launched a missile on 31 December 9999. Japan responded on Thursday by expelling two diplomats.")]
    [InlineData("On 1 January 0001, Tehran retaliated by seizing a tanker. Beijing hit back later on Friday with tariffs.")]
    [InlineData("ULAANBAATAR, December 31 (Xinhua) -- Mongolian troops have served with the U.N. mission in South Sudan since 2006.")]
    [InlineData("Ethiopia put its border treaty with Eritrea in abeyance on 31 December 9999.")]
    public void Extract_DatesAtTheCalendarsEnds_Complete(string text)
    {
        StageSoup.AssertSoundAtEveryDate(text);
    }

    [Fact]
    public void Property_CueWordSoup_IsSoundAndDeterministic() =>
        StageSoup.CheckSoupsOf(s_cues, 300, 200);

    private static readonly string[] s_phrases =
    [
        "Japan condemned the North Korean missile launch .", "Belarus responded on Thursday by expelling two diplomats .",
        "Tehran retaliated on Sunday by seizing a tanker .", "Beijing hit back on Monday with tariffs .",
        "India and Pakistan agreed to a ceasefire , with Trump announcing the truce .",
        "Russia and Ukraine swapped prisoners , with the Emirates acting as go-between .",
        "Ethiopia put its border treaty with Eritrea in abeyance .", "India cut the staff of Pakistan's high commission .",
        "Mongolian troops have served with the NATO peacekeeping force in Kosovo .", "A Mongolian contingent deployed to Chad .",
        "Nepal has kept a battalion with the U.N. mission in Lebanon since 2006 .", "Indian troops trained with French forces .",
        "American troops took part with Thai units in the exercise .", "Britain and Kazakhstan have run the exercise .",
        "Assad received a warm welcome at the summit .", "Xi was among leaders at the SCO summit in Tianjin .",
        "The United States secured a deal between Armenia and Azerbaijan .", "Egypt helped secure a ceasefire .",
        "Beijing told Vilnius on Monday to correct its mistake .", "The Arab League readmitted Syria .",
        "Beijing lodged solemn representations over the visit .", "Muizzu , elected on an \" India Out \" campaign , visited China .",
        "Anwar , who chairs ASEAN , said Malaysia was ready .", "Denmark backed the British-led operation .",
        "his son Hunter Biden visited Kyiv .", "ULAANBAATAR , March 3 ( Xinhua ) --", "31 December 9999", "1 January 0001",
    ];

    [Fact]
    public void Property_CuePhraseSoup_IsSoundAndDeterministic() =>
        StageSoup.CheckSoupsOf(s_phrases, 200, 40);

    // Over 50,000 words of the cue words, sentences of random length, some very long.
    [Fact]
    public void Extract_LongCueWordSoup_CompletesWithinAGuard() =>
        StageSoup.AssertExtractsWithinGuard(StageSoup.RandomRun(s_cues, 16, 55_000));

    // The phrases with no full stop between them, over 50,000 words: every sentence runs to the splitter's longest.
    [Fact]
    public void Extract_LongCuePhraseRunOn_CompletesWithinAGuard() =>
        StageSoup.AssertPhraseRunOnWithinGuard(s_phrases, 56);

    // Short sentences with no punctuation but full stops: a document-level stage that scans all earlier sentences for each one
    // (a reaction's antecedent act, a carried date) grows with the square of the document and shows here.
    [Fact]
    public void Extract_ThousandsOfShortSentences_CompletesWithinAGuard()
    {
        var shortSentences = s_phrases.Where(p => p.EndsWith(" .", StringComparison.Ordinal))
            .Select(p => p.Replace(" , ", " ", StringComparison.Ordinal).Replace("\" ", "", StringComparison.Ordinal)).ToArray();
        StageSoup.AssertShortSentencesWithinGuard(shortSentences, 64);
    }
}
