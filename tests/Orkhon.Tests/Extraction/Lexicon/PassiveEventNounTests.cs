using Orkhon.Extraction;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Extraction.Time;
using Orkhon.Knowledge;
using Orkhon.Text;

namespace Orkhon.Tests.Extraction.Lexicon;

/// <summary>
/// The event noun a passive names before its participle ("talks" in "hold * talks": "Talks were held") is found once with each
/// phrase (<see cref="CompiledPhrase.LastContentSlot"/>) instead of at every participle tried. It must be what reading the
/// phrase's slots gives, for every phrase of the lexicon and for rows of any shape added later: a gap, alternatives, a
/// closing preposition, only function words after the verb, one word. Checked by reading the slots again here, and by
/// passive sentences written for these tests over a small lexicon of such rows.
/// </summary>
public sealed class PassiveEventNounTests
{
    private const string Rows = "id\tcameo\tframe\tphrase\tobject\texample\n"
        + "hold-talks\t040\tsymmetric\thold * talks\t\tX held talks with Y.\n"
        + "impose\t163\tagent-theme\timpose|slap * sanctions|tariffs on\t\tX imposed sanctions on Y.\n"
        + "lodge-protest\t111\tagent-theme\tlodge * protest with\t\tX lodged a protest with Y.\n"
        + "appeal-to\t020\tagent-theme\tappeal to\t\tX appealed to Y.\n"
        + "denounce\t111\tagent-theme\tdenounce\t\tX denounced Y.\n"
        + "sign-accord\t057\tsymmetric\tsign * accord|treaty|pact\t\tX signed an accord with Y.\n";

    private static readonly EventLexicon s_shapes = EventLexicon.Load(TsvTable.Read("shapes.tsv", new StringReader(Rows)), CameoCatalog.Default);

    [Fact]
    public void EveryPhraseOfTheLexicon_KeepsTheEventNounItsSlotsGive()
    {
        var phrases = 0;
        var withNoun = 0;
        foreach (var phrase in PhrasesOf(EventLexicon.Default))
        {
            var expected = ReadFromSlots(phrase);
            Assert.Same(expected, phrase.LastContentSlot);
            Assert.Same(expected, PassivePhraseFinder.EventNoun(phrase));
            phrases++;
            withNoun += expected is null ? 0 : 1;
        }

        Assert.True(phrases > 1000, $"{phrases} phrases filed");
        Assert.InRange(withNoun, 1, phrases - 1);
    }

    // The passive stage asks for a form of "be" before a word only when some phrase filed under the word may be read in the
    // passive: the flag must say so exactly, for every form of the lexicon.
    [Fact]
    public void EveryFormOfTheLexicon_SaysWhetherItStartsAPhraseReadInThePassive()
    {
        var forms = 0;
        var passive = 0;
        foreach (var first in EventLexicon.Default.FirstWords)
        {
            var word = EventLexicon.Default.Word(first)!;
            var expected = word.Starting.Any(p => !p.Entry.IsNoun && p.Entry.RequiredObjects.Count == 0 && p.Slots.Count >= 2 && ReadFromSlots(p) is not null);
            Assert.Equal(expected, word.StartsPassiveRow);
            Assert.All(word.Starting, p => Assert.Equal(!p.Entry.IsNoun && p.Entry.RequiredObjects.Count == 0 && p.Slots.Count >= 2 && ReadFromSlots(p) is not null, p.MayReadInPassive));
            forms++;
            passive += expected ? 1 : 0;
        }

        Assert.InRange(passive, 1, forms - 1);
    }

    [Theory]
    [InlineData("held", true)]
    [InlineData("imposed", true)]
    [InlineData("signed", true)]
    [InlineData("appealed", false)]
    [InlineData("denounced", false)]
    public void AFormOfARow_StartsAPhraseReadInThePassiveOnlyWithAnEventNoun(string form, bool passive)
    {
        Assert.Equal(passive, s_shapes.Word(form)!.StartsPassiveRow);
    }

    [Theory]
    [InlineData("hold-talks", "talks")]
    [InlineData("impose", "sanctions")]
    [InlineData("lodge-protest", "protest")]
    [InlineData("sign-accord", "treaty")]
    public void ARowWithAContentWordAfterTheVerb_HasItsLastOneAsTheEventNoun(string id, string noun)
    {
        var phrases = PhrasesOf(s_shapes).Where(p => p.Entry.Id == id).ToList();
        Assert.NotEmpty(phrases);
        Assert.All(phrases, phrase =>
        {
            Assert.NotNull(phrase.LastContentSlot);
            Assert.Contains(noun, phrase.LastContentSlot!.Lemmas);
            Assert.Same(ReadFromSlots(phrase), phrase.LastContentSlot);
        });
    }

    [Theory]
    [InlineData("appeal-to")]
    [InlineData("denounce")]
    public void ARowWithOnlyFunctionWordsOrNoneAfterTheVerb_HasNoEventNoun(string id)
    {
        Assert.All(PhrasesOf(s_shapes).Where(p => p.Entry.Id == id), p => Assert.Null(p.LastContentSlot));
    }

    // Sentences written for these tests: the passive stage still finds each row whose event noun stands before the participle.
    [Theory]
    [InlineData("Talks were held in the capital of Mongolia last week.", "hold-talks")]
    [InlineData("New sanctions were imposed on Peru after the vote.", "impose")]
    [InlineData("A formal protest was lodged with Chile over the fishing boats.", "lodge-protest")]
    [InlineData("A border treaty was finally signed by Kenya and Uganda.", "sign-accord")]
    public void APassiveOfEachRow_IsStillFound(string text, string id)
    {
        var view = Read(text);
        var found = PassivePhraseFinder.Find(s_shapes, view, new TriggerFinder(s_shapes).Find(view));
        Assert.Contains(found, t => t.Entry.Id == id && t.Passive);
    }

    [Fact]
    public void APassiveOfARowWithNoEventNoun_IsNotFound()
    {
        var view = Read("The decision was denounced by Peru on Monday.");
        Assert.DoesNotContain(PassivePhraseFinder.Find(s_shapes, view, []), t => t.Entry.Id == "denounce");
    }

    // The slots read as the passive stage read them before: from the last back to the second, the first slot that holds a word
    // outside the function words.
    private static PhraseSlot? ReadFromSlots(CompiledPhrase phrase)
    {
        for (var s = phrase.Slots.Count - 1; s >= 1; s--)
        {
            if (phrase.Slots[s] is { } slot && slot.Lemmas.Any(l => !Inflection.FunctionWords.Contains(l)))
            {
                return slot;
            }
        }

        return null;
    }

    // Every phrase filed under every first word (a phrase with alternatives is filed under each of its first words).
    private static IEnumerable<CompiledPhrase> PhrasesOf(EventLexicon lexicon) =>
        lexicon.FirstWords.SelectMany(first => lexicon.Word(first)!.Starting).Distinct();

    private static SentenceView Read(string text)
    {
        var anchor = new TimeAnchor(new DateOnly(2025, 6, 4), null);
        var timed = TimedTokens.Tag(text, (0, text.Length), anchor, null);
        var found = MentionFinder.Default.Find(text, timed.Tokens, timed.Blocked, anchor.Day, new MentionContext());
        return new SentenceView(text, (0, text.Length), timed, found, ExtractionOptions.Default);
    }
}
