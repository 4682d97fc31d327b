namespace Orkhon.Tests.Extraction;

/// <summary>
/// The stages and rows the twelfth session added (a statement told in a participial clause whose "it", "them" or "the office"
/// points back to the main act's target; a participle of saying reporting a blame; an act noun's author in its relative clause;
/// states named by their form, "the emirate", "the sultanate"; "its northern neighbour" read off the border map; counted groups
/// as objects, "the four boycotting states"; the month a story told in a past year stands in, and the words that bring it back
/// to the publication day; a year completing a noun, "the war of 1812"; seats of power; the event lexicon read once per token)
/// read words around the token they stand on, forwards and backwards, carry a frame from sentence to sentence and reuse a
/// thread's scratch sentence after sentence. Their cue words, alone, in pairs, cut short, shuffled into soup, with no
/// publication date and with the calendar's first and last days, must never throw, must keep every event's span inside the
/// text and must give the same events twice.
/// </summary>
public sealed class TwelfthSessionStageSoupTests
{
    private static readonly string[] s_cues =
    [
        // participial statements pointing back: "cut ties with Doha, accusing it of…", "saying Moscow was culpable"
        "Riyadh", "Doha", "Qatar", "Saudi", "Arabia", "UAE", "Bahrain", "cut", "ties", "with", ",", "accusing", "urging", "saying",
        "criticising", "blaming", "it", "them", "the", "office", "neighbouring", "kingdom", "of", "for", "over", "to", "supporting",
        "terrorism", "bias", "culpable", "responsible", "was", "were", "is", "are", "be", "been", "being", "not", "did", "would",
        "renew", "visas", "expelled", "diplomats", "envoy", "Latvia's", "Britain", "Moscow", "attack", "announced", "expulsions",
        // act nouns and their authors: ", a move that…", ", which North Korea carried out"
        "a", "an", "move", "step", "that", "which", "North", "Korea", "carried", "out", "staged", "imposed", "had", "has", "have",
        "condemned", "denounced", "missile", "launch", "drills", "welcomed", "Germany",
        // state forms and neighbours
        "emirate", "sultanate", "Gulf", "oil-rich", "Kuwait", "Brunei", "Oman", "Morocco", "Baghdad", "threatened", "its",
        "northern", "southern", "giant", "largest", "neighbour", "neighbor", "Georgia", "Tbilisi", "Russia", "Kazakhstan", "China",
        "Japan", "Iceland", "withdraw", "trading", "keep", "will",
        // counted groups as objects
        "Four", "four", "three", "five", "Arab", "states", "boycotting", "Turkey", "criticised", "Baltic", "Sahel", "juntas", "by",
        "accused", "and",
        // the narrative frame: openers, months with and without years, words of the present
        "By", "mid-November", "November", "16", "2021", "Late", "on", "3", "May", "2019", "Then", "in", "March", "2018", "Until",
        "around", "early", "late", "so", "later", "earlier", "also", "Monday", "yesterday", "today", "tonight", "ago", "last", "this",
        "next", "weekend", "decade", "week", "9999", "0001", "Dec.", "31", "Jan.", "1", "September", "2000", "April", "9",
        // a year completing a noun
        "war", "1812", "constitution", "1992", "dictatorship", "1917",
        // seats of power
        "Kremlin", "White", "House", "Downing", "Street", "Blue", "spokesman", "officials", "critic", "lawn", "at", "outside",
        "said", ".", ";", ":", "\"",
    ];

    // Every cue word alone, and each pair of them, opening and closing a text: the first and last token of a sentence, where
    // look-backs (the main act before a participle, the owner before "its", the opener before a frame's date) and look-aheads
    // (the preposition after "it", the noun after "its", the verb after a relative's author) run off the ends.
    [Fact]
    public void Extract_EveryCueAloneAndInPairs_NeverThrows()
    {
        StageSoup.ExtractEachCueAloneAndInPairs(s_cues);
    }

    [Theory]
    [InlineData("Riyadh cut ties with Doha, accusing")]
    [InlineData("Riyadh cut ties with Doha, accusing it")]
    [InlineData("Riyadh cut ties with Doha, accusing it of")]
    [InlineData("Riyadh cut ties with Doha, accusing the")]
    [InlineData("Riyadh cut ties with Doha, accusing the neighbouring")]
    [InlineData("Riyadh cut ties with Doha, accusing the neighbouring kingdom of")]
    [InlineData(", accusing it of")]
    [InlineData("accusing them for")]
    [InlineData("Britain expelled 23 diplomats, saying")]
    [InlineData("Britain expelled 23 diplomats, saying Moscow was culpable")]
    [InlineData("Britain expelled 23 diplomats, saying Moscow was culpable for")]
    [InlineData("Moscow expelled Latvia's envoy, accusing it")]
    [InlineData("Seoul condemned the missile launch, which")]
    [InlineData("Seoul condemned the missile launch, which North Korea")]
    [InlineData("Seoul condemned the missile launch, which North Korea had")]
    [InlineData("Seoul condemned the drills that China staged")]
    [InlineData("Tokyo rejected the plan, a")]
    [InlineData("Tokyo rejected the plan, a move")]
    [InlineData("Baghdad threatened the")]
    [InlineData("Baghdad threatened the emirate")]
    [InlineData("Baghdad accused the emirate of")]
    [InlineData("Oman hosted Kuwait's minister. Baghdad criticised the sultanate")]
    [InlineData("its")]
    [InlineData("its northern")]
    [InlineData("its giant southern")]
    [InlineData("its neighbour")]
    [InlineData("Tbilisi urged its northern neighbour")]
    [InlineData("Iceland urged its neighbour to withdraw")]
    [InlineData("Four Arab states cut ties with Qatar. Turkey criticised the four")]
    [InlineData("Four Arab states cut ties with Qatar. Turkey criticised the four boycotting states")]
    [InlineData("was condemned by the Baltic")]
    [InlineData("accused by the Sahel juntas")]
    [InlineData("By")]
    [InlineData("By mid-November")]
    [InlineData("By mid-November 2021,")]
    [InlineData("By mid-November 2021, Russia had massed troops. On November")]
    [InlineData("Late on 3 May")]
    [InlineData("Then, in March 2018,")]
    [InlineData("the war of")]
    [InlineData("the war of 1812")]
    [InlineData("The Kremlin")]
    [InlineData("Downing Street said")]
    [InlineData("a Kremlin critic")]
    [InlineData("outside the White House")]
    public void Extract_CueCutShort_Completes(string text)
    {
        StageSoup.AssertSoundAtEveryDate(text);
    }

    // The narrative frame at the calendar's ends: a frame set in the first or last month of the calendar, and a bare month after
    // it that would fall in the year after, must stop at the calendar's edge rather than overflow.
    [Theory]
    [InlineData("By mid-December 9999, Russia had massed troops on the border. On January 3, Russian troops crossed it.")]
    [InlineData("In January 0001, Georgia cut ties with Russia. On December 31, Tbilisi urged its northern neighbour to withdraw.")]
    [InlineData("Late on 31 Dec. 9999, Riyadh cut ties with Doha. In March, Turkey criticised the four boycotting states.")]
    [InlineData("By November 0001, Iran had massed troops. On Monday, Iraq accused the emirate of funding militias.")]
    [InlineData("Then, in September 2000, Israel and Hamas held talks. On April 9, Israel accused them of bias.")]
    [InlineData("In March 2018, Britain expelled 23 diplomats, saying Moscow was culpable for the attack. In 1812, the war of 1812 began.")]
    [InlineData("The constitution of 9999 was signed. The dictatorship of 0001 fell. In May, the Kremlin said Russia would withdraw.")]
    public void Extract_FrameAtTheCalendarsEnds_Completes(string text)
    {
        StageSoup.AssertSoundAtEveryDate(text);
    }

    // Random soup of the stages' own cue words, several sentences long, dated or not: extraction completes, keeps its events
    // inside the text and gives the same events again.
    [Fact]
    public void Property_CueWordSoup_IsSoundAndDeterministic() =>
        StageSoup.CheckSoupsOf(s_cues, 300, 200);

    private static readonly string[] s_phrases =
    [
        "Riyadh cut ties with Doha , accusing it of supporting terrorism .", "Israel would not renew the visas , accusing the office of bias .",
        "Britain expelled 23 diplomats , saying Moscow was culpable for the attack .", "Moscow expelled Latvia's envoy , accusing it of spying .",
        "Seoul condemned the missile launch , which North Korea carried out on Sunday .", "Tokyo rejected the plan , a move the UN welcomed .",
        "Baghdad threatened the emirate .", "Oman hosted Kuwait's minister .", "Riyadh criticised the oil-rich sultanate .",
        "Tbilisi urged its northern neighbour to withdraw .", "Kazakhstan will keep trading with its largest neighbour .",
        "Four Arab states cut ties with Qatar .", "Turkey criticised the four boycotting states .", "was condemned by the Baltic states",
        "By mid-November 2021 , Russia had massed troops on the border .", "On November 16 , police used water cannon .",
        "Late on 3 May 2019 ,", "Then , in March 2018 ,", "On Tuesday ,", "a decade ago", "the war of 1812", "the constitution of 1992",
        "The Kremlin said", "Downing Street condemned the attack .", "a Kremlin critic", "Dec. 31 , 9999", "Jan. 1 , 0001",
    ];

    // Soup shaped like the stages' phrases (a participle after a main act, a frame opening a sentence, "its" before
    // "neighbour"), so the stages fire rather than bail out on their first word.
    [Fact]
    public void Property_CuePhraseSoup_IsSoundAndDeterministic() =>
        StageSoup.CheckSoupsOf(s_phrases, 200, 40);

    // One long run-on text of the cue words (60,000 words, sentences of random length, some very long): it completes well within
    // the hang guard. A stage that looks back without a bound, or scans the sentence again at each cue, shows here.
    [Fact]
    public void Extract_LongCueWordSoup_CompletesWithinAGuard() =>
        StageSoup.AssertExtractsWithinGuard(StageSoup.RandomRun(s_cues, 12, 60_000));

    // The stages' phrases with no full stop between them, over 50,000 words: every sentence runs to the splitter's longest and
    // holds many participles, "its neighbour"s and counted groups, so a stage whose cost grows with the square of its sentence
    // (each "its" searching every mention before it, each participle every event) pays the most here.
    [Fact]
    public void Extract_LongCuePhraseRunOn_CompletesWithinAGuard() =>
        StageSoup.AssertExtractsWithinGuard(StageSoup.RandomRun(s_phrases, 43, 55_000, p => p.Replace(" .", " ,", StringComparison.Ordinal)));

    // The same phrases as sentences, over 50,000 words: each frame carries on to the next sentence and each "its" and each
    // counted group has earlier acts and states to look back on.
    [Fact]
    public void Extract_LongCuePhraseSoup_CompletesWithinAGuard() =>
        StageSoup.AssertExtractsWithinGuard(StageSoup.RandomRun(s_phrases, 47, 55_000));
}
