using Orkhon.Extraction;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Extraction.Time;

namespace Orkhon.Tests.Extraction.Lexicon;

/// <summary>
/// <see cref="SentenceLexiconWords"/> looks each token up in the event lexicon once and lets <see cref="TriggerFinder"/> skip a
/// phrase whose later words stand nowhere after its first. The skip must never drop a phrase that would match: every phrase
/// that matches at a token passes the test there, and each token starts the phrases the lexicon files under its word.
/// Sentences written for these tests: agency and newspaper styles, gaps, time phrases and adverbs inside phrases, and prose
/// with no event.
/// </summary>
public sealed class SentenceLexiconWordsTests
{
    public static TheoryData<string> Sentences =>
    [
        "Kazakhstan and Uzbekistan agreed on Tuesday to hold talks on water sharing.",
        "The minister paid an official visit to Ulaanbaatar last week, where he held talks with his counterpart.",
        "Russian forces carried out a fresh wave of strikes on Kharkiv overnight, officials said.",
        "Sanctions were imposed on Minsk after the vote, and Brussels threatened to cut aid to the region.",
        "Tokyo would cooperate fully with Seoul, the prime minister told reporters in a written statement.",
        "It was a cold morning, and the children walked slowly to the old school by the river.",
        "She said the book would carry the reader back to the years before the war.",
        "Officials expressed deep concern over the shelling and called on both sides to show restraint.",
        "A protest was lodged with Beijing by Tokyo on Monday over the incursion.",
        "The committee will take up the question of funding when it meets again in March 2025.",
    ];

    [Theory]
    [MemberData(nameof(Sentences))]
    public void EveryPhraseThatMatches_PassesTheLaterWordTest(string text)
    {
        var view = Read(text);
        var lexicon = EventLexicon.Default;
        var words = SentenceLexiconWords.Read(lexicon, view);
        for (var i = 0; i < view.Tokens.Count; i++)
        {
            var expected = lexicon.StartingWith(view.Word(i));
            Assert.Equal(expected.ToArray(), words.StartingAt(i).ToArray());
            foreach (var phrase in expected)
            {
                if (phrase.MatchAfterFirstWord(view, i) >= 0)
                {
                    Assert.True(words.LaterWordsFollow(phrase, i), $"'{phrase.Entry.Phrase}' matches at token {i} of: {text}");
                }
            }
        }

        words.Release();
    }

    [Fact]
    public void APhraseWhoseLaterWordStandsOnlyBeforeIt_IsSkipped()
    {
        // "out" stands before "carried", not after it: "carry out * strikes" cannot match at "carried".
        var view = Read("Out of patience, the army carried the wounded to the coast.");
        var words = SentenceLexiconWords.Read(EventLexicon.Default, view);
        var carried = Index(view, "carried");
        var carryOut = EventLexicon.Default.StartingWith("carried").ToArray().Where(p => p.Entry.Phrase.StartsWith("carry out", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(carryOut);
        Assert.All(carryOut, p => Assert.False(words.LaterWordsFollow(p, carried)));
        words.Release();
    }

    [Fact]
    public void APhraseWhoseLaterWordsFollow_IsTried()
    {
        var view = Read("The army carried out strikes on the border town.");
        var words = SentenceLexiconWords.Read(EventLexicon.Default, view);
        var carried = Index(view, "carried");
        Assert.Contains(EventLexicon.Default.StartingWith("carried").ToArray(),
            p => p.Entry.Phrase.StartsWith("carry out", StringComparison.Ordinal) && words.LaterWordsFollow(p, carried));
        words.Release();
    }

    [Fact]
    public void TheScratchOfOneSentence_DoesNotLeakIntoTheNext()
    {
        // Read one after the other on a thread: "out" of the first sentence must not count for the second.
        var lexicon = EventLexicon.Default;
        SentenceLexiconWords.Read(lexicon, Read("The army carried out strikes on the border town.")).Release();
        var view = Read("The army carried the wounded to the coast.");
        var words = SentenceLexiconWords.Read(lexicon, view);
        var carried = Index(view, "carried");
        Assert.All(lexicon.StartingWith("carried").ToArray().Where(p => p.Entry.Phrase.StartsWith("carry out", StringComparison.Ordinal)),
            p => Assert.False(words.LaterWordsFollow(p, carried)));
        words.Release();
    }

    // Forms met again and again ("to", "on", "out"), and several forms filling one later word: the lexicon is read from the last
    // token back and writes each form's later words once a sentence, which must give what a token-by-token search gives.
    [Theory]
    [InlineData("Out of patience, the army carried out strikes on the town and carried out more strikes on the port.")]
    [InlineData("Ankara wants to talk to Baghdad on trade, to Damascus on refugees and to Tehran on nothing at all.")]
    [InlineData("They agreed to meet, agreed to talk, and agreed to disagree on the talks on water.")]
    [InlineData("carried out out on on to to talks talks carried out")]
    public void TheLaterWordTest_AnswersAsASearchOfTheTokensAfterTheStart(string text)
    {
        var view = Read(text);
        var lexicon = EventLexicon.Default;
        var words = SentenceLexiconWords.Read(lexicon, view);
        var tested = 0;
        for (var i = 0; i < view.Tokens.Count; i++)
        {
            foreach (var phrase in words.StartingAt(i))
            {
                var follow = true;
                foreach (var id in phrase.LaterWordIds)
                {
                    var after = false;
                    for (var j = i + 1; j < view.Tokens.Count && !after; j++)
                    {
                        after = lexicon.Word(view.Word(j)) is { } word && word.Fills.Contains(id);
                    }

                    follow &= after;
                }

                Assert.Equal(follow, words.LaterWordsFollow(phrase, i));
                tested++;
            }
        }

        Assert.True(tested > 0, "the sentence starts no phrase of the lexicon");
        words.Release();
    }

    private static int Index(SentenceView view, string word)
    {
        for (var k = 0; k < view.Tokens.Count; k++)
        {
            if (view.Word(k) is var w && w.SequenceEqual(word))
            {
                return k;
            }
        }

        throw new ArgumentException($"no '{word}' in the sentence", nameof(word));
    }

    private static SentenceView Read(string text)
    {
        var anchor = new TimeAnchor(new DateOnly(2025, 6, 4), null);
        var timed = TimedTokens.Tag(text, (0, text.Length), anchor, null);
        var found = MentionFinder.Default.Find(text, timed.Tokens, timed.Blocked, anchor.Day, new MentionContext());
        return new SentenceView(text, (0, text.Length), timed, found, ExtractionOptions.Default);
    }
}
