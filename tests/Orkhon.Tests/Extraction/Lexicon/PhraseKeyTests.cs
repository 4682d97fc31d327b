using Orkhon.Extraction;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Extraction.Time;
using Orkhon.Knowledge;
using Orkhon.Text;

namespace Orkhon.Tests.Extraction.Lexicon;

/// <summary>
/// <see cref="TriggerFinder"/> asks each phrase's key later word (<see cref="LexiconWord.StartingKeys"/>) before it reads the
/// phrase: the key must be one of the phrase's later words, so that a phrase turned away there could not have matched, whatever
/// shape a row added later has. Checked over the whole lexicon, and over a small lexicon with rows of every shape (no later
/// word, only function words after the first, a gap, alternatives, a noun, a content word after a function word) in
/// sentences written for these tests.
/// </summary>
public sealed class PhraseKeyTests
{
    private const string Rows = "id\tcameo\tframe\tphrase\tobject\texample\n"
        + "denounce\t111\tagent-theme\tdenounce\t\tX denounced Y.\n"
        + "appeal-to\t020\tagent-theme\tappeal to\t\tX appealed to Y.\n"
        + "call-on\t020\tagent-theme\tcall on\t\tX called on Y to stop.\n"
        + "pay-visit\t042\tvisit\tpay * visit to\t\tX paid a visit to Y.\n"
        + "impose\t163\tagent-theme\timpose|slap * sanctions|tariffs on\t\tX imposed sanctions on Y.\n"
        + "carry-out\t190\tagent-theme\tcarry out * strikes on\t\tX carried out strikes on Y.\n"
        + "concern\t111\tagent-theme\texpress * concern over|about\t\tX expressed concern over Y.\n"
        + "talks-n\t040\tsymmetric\tn:talks with\t\tDuring talks with Y, X said.\n";

    private static readonly EventLexicon s_shapes = EventLexicon.Load(TsvTable.Read("shapes.tsv", new StringReader(Rows)), CameoCatalog.Default);

    [Fact]
    public void EveryPhraseOfTheLexicon_IsKeyedByOneOfItsLaterWords()
    {
        var lexicon = EventLexicon.Default;
        var phrases = 0;
        foreach (var first in lexicon.FirstWords)
        {
            var word = lexicon.Word(first)!;
            Assert.Equal(word.Starting.Length, word.StartingKeys.Length);
            for (var p = 0; p < word.Starting.Length; p++)
            {
                var ids = word.Starting[p].LaterWordIds;
                Assert.True(ids.Length == 0 ? word.StartingKeys[p] == -1 : ids.Contains(word.StartingKeys[p]),
                    $"'{word.Starting[p].Entry.Phrase}' under '{first}' is keyed by {word.StartingKeys[p]}, not one of its later words");
                phrases++;
            }
        }

        Assert.True(phrases > 1000, $"{phrases} phrases filed");
    }

    // "carry out * strikes on": "out" and "on" are function words, which far more sentences hold; the key is "strikes".
    [Fact]
    public void APhraseWithFunctionWordsFirst_IsKeyedByItsContentWord()
    {
        var word = s_shapes.Word("carried")!;
        var carry = Array.FindIndex(word.Starting, p => p.Entry.Id == "carry-out");
        Assert.Equal(3, word.Starting[carry].LaterWordIds.Length);
        Assert.Equal(word.Starting[carry].LaterWordIds[1], word.StartingKeys[carry]);
        var call = s_shapes.Word("calls")!;
        Assert.Equal(call.Starting[0].LaterWordIds[0], call.StartingKeys[0]);
        Assert.Equal(-1, s_shapes.Word("denounces")!.StartingKeys[0]);
    }

    [Theory]
    [InlineData("Mongolia denounced the vote in the assembly.", "denounce")]
    [InlineData("Chile appealed to Peru for calm at the border.", "appeal-to")]
    [InlineData("On Friday Chile called on Peru to withdraw its ships.", "call-on")]
    [InlineData("The president of Kenya paid an official visit to Mongolia last spring.", "pay-visit")]
    [InlineData("Peru slapped new tariffs on Chile after the dispute.", "impose")]
    [InlineData("Kenya carried out fresh strikes on the border town.", "carry-out")]
    [InlineData("Mongolia expressed deep concern about the dam on the river.", "concern")]
    public void ARowOfEveryShape_IsStillFound(string text, string id)
    {
        var view = Read(text);
        var found = new TriggerFinder(s_shapes).Find(view);
        Assert.Contains(found, t => t.Entry.Id == id);
    }

    // Wherever a phrase matches, its key later word stands after its first word: the test that turns phrases away never turns
    // away one that matches. Sentences with each row's words, some matching and some not ("paid the bill", "out" before the verb).
    [Theory]
    [InlineData("Mongolia denounced the vote, and Chile appealed to Peru for calm.")]
    [InlineData("Out of patience, Kenya carried the wounded to the coast and carried out strikes on the port.")]
    [InlineData("Peru paid the bill on time; later it paid a visit to Chile and slapped tariffs on Bolivia.")]
    [InlineData("During talks with Peru, Chile expressed concern over the dam and called on Bolivia to wait.")]
    [InlineData("Kenya expressed its thanks, talks with nobody, and calls on no one.")]
    public void WhereAPhraseMatches_ItsKeyFollows(string text)
    {
        var view = Read(text);
        var words = SentenceLexiconWords.Read(s_shapes, view);
        var matched = 0;
        for (var i = 0; i < view.Tokens.Count; i++)
        {
            var phrases = words.StartingAt(i);
            var keys = words.StartingKeysAt(i);
            Assert.Equal(phrases.Length, keys.Length);
            for (var p = 0; p < phrases.Length; p++)
            {
                if (phrases[p].MatchAfterFirstWord(view, i) >= 0)
                {
                    Assert.True(words.KeyFollows(keys[p], i) && words.LaterWordsFollow(phrases[p], i), $"'{phrases[p].Entry.Phrase}' at token {i}");
                    matched++;
                }
            }
        }

        words.Release();
        Assert.True(matched > 0, "no phrase matches in the sentence");
    }

    private static SentenceView Read(string text)
    {
        var anchor = new TimeAnchor(new DateOnly(2025, 6, 4), null);
        var timed = TimedTokens.Tag(text, (0, text.Length), anchor, null);
        var found = MentionFinder.Default.Find(text, timed.Tokens, timed.Blocked, anchor.Day, new MentionContext());
        return new SentenceView(text, (0, text.Length), timed, found, ExtractionOptions.Default);
    }
}
