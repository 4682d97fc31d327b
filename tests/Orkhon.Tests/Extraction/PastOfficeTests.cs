using Orkhon.Extraction;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Extraction.Time;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// An office a state gave and its holder left, told after the state's possessive ("Japan's former prime minister", "Poland's
/// onetime defence minister Jan Kowalski"), names no actor: a former office-holder does not stand for the state (the corpus
/// README), as "the former Japanese prime minister" already named none (MentionFinder.PastOfficeEnd, class <c>past-office</c>
/// of <c>data/lexicon/mention-words.tsv</c>). Twins: the office held now or then ("then prime minister") keeps its state. The
/// sentences are our own.
/// </summary>
public sealed class PastOfficeTests
{
    private static string[] Coded(string text) =>
        [.. new EventExtractor(new SentenceExtractor(EventLexicon.Default, MentionFinder.Default, ReferenceData.Default, ExtractionOptions.Default))
            .Extract(text, new DateOnly(2025, 3, 4)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    [InlineData("Japan's former prime minister visited Taiwan on Thursday.")]
    [InlineData("Brazil's former foreign minister met Chinese officials in Beijing on Monday.")]
    [InlineData("Iran's former foreign minister urged Washington on Monday to lift sanctions.")]
    [InlineData("Poland's onetime defence minister Jan Kowalski criticised Russia on Monday.")]
    public void Extract_FormerOfficeAfterTheState_GivesNoEvent(string text) => Assert.Empty(Coded(text));

    // Twins: the same offices held at the time of the act.
    [Theory]
    [InlineData("Japan's prime minister visited Taiwan on Thursday.", "JPN>TWN 042")]
    [InlineData("Japan's then prime minister visited Taiwan in 2006.", "JPN>TWN 042")]
    [InlineData("Brazil's foreign minister met Chinese officials in Beijing on Monday.", "BRA>CHN 040")]
    [InlineData("Iran's foreign minister urged Washington on Monday to lift sanctions.", "IRN>USA 0254")]
    [InlineData("Poland's defence minister criticised Russia on Monday.", "POL>RUS 111")]
    public void Extract_OfficeHeldAtTheTime_KeepsItsState(string text, string expected) => Assert.Contains(expected, Coded(text));

    [Fact]
    public void Find_FormerBodyOfAState_KeepsItsOwner()
    {
        // A body is no person: "former" before it names an old building or agency, whose owner the phrase still names.
        Assert.Contains(Mentions("The buildings of Taiwan's former embassy were handed over on Sunday."), m => m.Codes.Contains("TWN"));
        Assert.DoesNotContain(Mentions("Taiwan's former prime minister spoke on Sunday."), m => m.Codes.Contains("TWN"));
    }

    private static List<ActorMention> Mentions(string text)
    {
        var anchor = new TimeAnchor(new DateOnly(2025, 3, 4), null);
        var timed = TimedTokens.Tag(text, (0, text.Length), anchor, null);
        return MentionFinder.Default.Find(text, timed.Tokens, timed.Blocked, anchor.Day, new MentionContext());
    }
}
