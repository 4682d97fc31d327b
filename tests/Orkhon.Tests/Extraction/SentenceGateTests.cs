using Orkhon.Extraction;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Extraction.Time;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// The sentence-wide preconditions that let a stage skip a sentence without a look-up per token (twenty-first session, speed):
/// each must be true wherever the stage could find something, or the skip would change the output. The clause view's hyphen
/// test is checked against a scan of every token, its stay-length test against <see cref="StayLength.Of"/> at every token,
/// and the passive phrases, looked for only after the first form of "be", against sentences that have one early, late or not
/// at all. Sentences written for these tests.
/// </summary>
public sealed class SentenceGateTests
{
    public static TheoryData<string> Sentences =>
    [
        "Mongolia and Kazakhstan opened a three-day summit in Astana on Monday.",
        "The week-long drills ended on Friday, the defence ministry said.",
        "Leaders met for a weeklong conference on water sharing.",
        "A Turkish-brokered truce held for a second day.",
        "The minister flew home after talks with his counterpart.",
        "Nothing here holds a dash or a length at all.",
        "Envoys spent one-week stays in each capital before the vote.",
        "An early-morning strike hit the depot, officials said.",
        "",
    ];

    [Theory]
    [MemberData(nameof(Sentences))]
    public void HyphenTest_AgreesWithAScanOfEveryToken(string text)
    {
        var view = Read(text);
        var scanned = view.Tokens.Any(t => t.In(text).Contains('-'));
        Assert.Equal(scanned, view.Clauses.HasHyphen);
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void StayLengthTest_HoldsWhereverSomeTokenGivesALength(string text)
    {
        var view = Read(text);
        if (view.Tokens.Any(t => StayLength.Of(t.In(text)) > 0))
        {
            Assert.True(view.Clauses.MayTellStayLength);
        }
    }

    [Theory]
    [InlineData("Nothing here holds a dash or a length at all.")]
    [InlineData("The minister flew home after talks with his counterpart.")]
    [InlineData("A Turkish-brokered truce held for a second day.")]
    [InlineData("The day-long talks ended without a deal.")]
    public void StayLengthTest_IsFalseForASentenceWithNoLengthWord(string text) =>
        Assert.False(Read(text).Clauses.MayTellStayLength);

    [Theory]
    [InlineData("Leaders met for a weeklong conference on water sharing.")]
    [InlineData("Leaders met for a WEEKLONG conference on water sharing.")]
    public void StayLengthTest_ReadsWeeklongWithoutAHyphen(string text)
    {
        var view = Read(text);
        Assert.False(view.Clauses.HasHyphen);
        Assert.True(view.Clauses.MayTellStayLength);
    }

    [Fact]
    public void GatheringSpan_IsStillFoundBehindTheGate()
    {
        var view = Read("Mongolia and Kazakhstan opened a three-day summit in Astana on Monday, 2 June 2025.");
        var span = GatheringSpans.Find(view.Clauses);
        Assert.NotNull(span);
        Assert.Equal(new DateOnly(2025, 6, 2), span.Value.Earliest);
        Assert.Equal(new DateOnly(2025, 6, 4), span.Value.Latest);
    }

    [Theory]
    [InlineData("A formal protest was lodged with Ankara by Athens on Friday.", "lodged")]
    [InlineData("On Friday, after a long night of talks in the capital, a formal protest was lodged with Ankara.", "lodged")]
    public void PassivePhrase_IsFoundAfterTheFirstFormOfBe(string text, string participle)
    {
        var view = Read(text);
        var found = PassivePhraseFinder.Find(EventLexicon.Default, view, new TriggerFinder(EventLexicon.Default).Find(view));
        Assert.Contains(found, t => view.Word(t.First).SequenceEqual(participle));
    }

    [Theory]
    [InlineData("Athens lodged a formal protest with Ankara on Friday.")]
    [InlineData("")]
    [InlineData("was")]
    public void PassivePhrase_SentenceWithNoParticipleAfterBe_FindsNone(string text)
    {
        var view = Read(text);
        Assert.Empty(PassivePhraseFinder.Find(EventLexicon.Default, view, []));
    }

    private static SentenceView Read(string text)
    {
        var anchor = new TimeAnchor(new DateOnly(2025, 6, 4), null);
        var timed = TimedTokens.Tag(text, (0, text.Length), anchor, null);
        var found = MentionFinder.Default.Find(text, timed.Tokens, timed.Blocked, anchor.Day, new MentionContext());
        return new SentenceView(text, (0, text.Length), timed, found, ExtractionOptions.Default);
    }
}
