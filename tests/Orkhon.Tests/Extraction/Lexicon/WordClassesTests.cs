using Orkhon.Extraction;
using Orkhon.Extraction.Lexicon;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Extraction.Lexicon;

/// <summary>The function-word files of the clause layer and the modality cues: how they load and how a bad row is reported.</summary>
public sealed class WordClassesTests
{
    private static WordClasses Read(string rows, params string[] known) => WordClasses.Read(TsvTable.Read("w.tsv", new StringReader("word\tclasses\n" + rows)), known);

    [Fact]
    public void Read_WordInSeveralClasses_IsInEach()
    {
        var words = Read("should\tmodal;condition\nif\tcondition\n", "modal", "condition");
        Assert.Equal(["should"], words.Of("modal"));
        Assert.Equal(["if", "should"], words.Of("condition").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Read_ClassLookup_IgnoresCase() =>
        Assert.True(Read("said\treporting\n", "reporting").Lookup("reporting").Contains("SAID".AsSpan()));

    [Fact]
    public void Read_KnownClassWithNoWords_IsEmpty() => Assert.Empty(Read("said\treporting\n", "reporting", "sequence").Of("sequence"));

    [Fact]
    public void Read_BadRows_AreReportedWithFileAndLine()
    {
        var e = Assert.Throws<DataFileException>(() => Read("said\treportng\n\tsequence\nlater\t\n", "reporting", "sequence"));
        Assert.Contains(e.Errors, x => x.File == "w.tsv" && x.Line == 2 && x.Message.Contains("unknown class 'reportng'", StringComparison.Ordinal));
        Assert.Contains(e.Errors, x => x.Line == 3 && x.Message.Contains("a word and at least one class", StringComparison.Ordinal));
        Assert.Contains(e.Errors, x => x.Line == 4);
    }

    [Fact]
    public void Of_UnknownClass_Throws() => Assert.Throws<ArgumentException>(() => Read("said\treporting\n", "reporting").Of("sequence"));

    // The shipped files load and carry the words the stages depend on, one per class.
    [Theory]
    [InlineData("not", "negation")]
    [InlineData("may", "modal")]
    [InlineData("plans", "plan")]
    [InlineData("if", "sentence")]
    [InlineData("otherwise", "condition")]
    [InlineData("postponed", "unrealised")]
    [InlineData("will", "future")]
    [InlineData("ready", "local")]
    [InlineData("percent", "share")]
    [InlineData("voted", "decision")]
    [InlineData("continued", "decision")]
    [InlineData("vowed", "vow")]
    [InlineData("floods", "mishap")]
    [InlineData("prompting", "cause")]
    [InlineData("agreed", "agreement")]
    [InlineData("Will", "question")]
    [InlineData("documentary", "topic")]
    [InlineData("fears", "prospect")]
    [InlineData("postpone", "calloff")]
    [InlineData("suspected", "hedge")]
    [InlineData("halt", "truce")]
    [InlineData("neither", "object-negation")]
    [InlineData("lifted", "undo")]
    [InlineData("only", "litotes")]
    [InlineData("hesitated", "litotes-verb")]
    [InlineData("moratorium", "prohibition")]
    [InlineData("worst", "comparison")]
    [InlineData("commentators", "speculator")]
    [InlineData("registry", "roll")]
    [InlineData("amid", "fronted")]
    [InlineData("analysts", "speculator")]
    [InlineData("believe", "opinion")]
    [InlineData("agenda", "agenda")]
    [InlineData("negotiations", "topic")]
    [InlineData("and", "coordinator")]
    [InlineData("along", "coordinator-lead")]
    [InlineData("between", "conjunct-preposition")]
    [InlineData("turning", "turn-back")]
    [InlineData("reports", "report-noun")]
    [InlineData("groundless", "denial-predicate")]
    [InlineData("scheduled", "schedule")]
    [InlineData("is", "schedule-copula")]
    [InlineData("worries", "belief")]
    [InlineData("she", "belief-holder")]
    [InlineData("long", "belief-filler")]
    [InlineData("until", "awaiting")]
    [InlineData("soon", "awaiting-lead")]
    [InlineData("when", "awaiting-led")]
    [InlineData("proposal", "proposal-noun")]
    [InlineData("much", "share")]
    [InlineData("its", "share-possessive")]
    public void Shipped_ModalityCues_HaveTheirWords(string word, string cls) =>
        Assert.Contains(word, (IReadOnlySet<string>)WordClasses.Load(EmbeddedData.ModalityCues, "local", "negation", "modal", "plan", "sentence", "condition", "unrealised", "future", "share", "decision", "vow", "mishap", "cause", "agreement", "question", "topic", "prospect", "calloff", "hedge", "truce", "object-negation", "undo", "litotes", "litotes-verb", "prohibition", "comparison", "speculator", "roll", "fronted", "opinion", "agenda", "coordinator", "coordinator-lead", "conjunct-preposition", "turn-back", "report-noun", "denial-predicate", "schedule", "schedule-copula", "belief", "belief-holder", "belief-filler", "awaiting", "awaiting-lead", "awaiting-led", "proposal-noun", "share-possessive").Of(cls));

    [Fact]
    public void Shipped_ModalityCues_AreTheClassifiersSets()
    {
        Assert.Contains("n't", (IReadOnlySet<string>)ModalityCues.Negation);
        Assert.True(ModalityCues.Negation.IsSubsetOf(ModalityCues.Local));
        Assert.True(ModalityCues.Plan.IsSubsetOf(ModalityCues.Local));
    }

    [Theory]
    [InlineData("said", "reporting")]
    [InlineData("statement", "reporting-filler")]
    [InlineData("after", "temporal-subordinator")]
    [InlineData("responded", "sequence")]
    [InlineData("which", "not-noun")]
    [InlineData("because", "clause-opener")]
    [InlineData("allegedly", "auxiliary")]
    [InlineData("towards", "preposition")]
    public void Shipped_ClauseWords_HaveTheirWords(string word, string cls) => Assert.Contains(word, (IReadOnlySet<string>)ClauseView.Words.Of(cls));

    [Theory]
    [InlineData("which", "clause-opener")]
    [InlineData("during", "not-gerund")]
    [InlineData("who", "relative")]
    [InlineData("hours", "same-day")]
    [InlineData("days", "day")]
    [InlineData("concluded", "ending")]
    public void Shipped_DateWords_HaveTheirWords(string word, string cls) => Assert.Contains(word, (IReadOnlySet<string>)Orkhon.Extraction.Time.DateAttacher.Words.Of(cls));

    [Fact]
    public void Read_MatchingCase_KeepsCapitalisedFormsApart()
    {
        var words = WordClasses.Read(TsvTable.Read("w.tsv", new StringReader("word\tclasses\nAfter\topener\n")), StringComparer.Ordinal, "opener");
        Assert.True(words.Lookup("opener").Contains("After".AsSpan()));
        Assert.False(words.Lookup("opener").Contains("after".AsSpan()));
    }

    // The phrase words match as written: "After" opens a sentence and is its own row; "AFTER" is in no class.
    [Theory]
    [InlineData("After", "participial-opener", true)]
    [InlineData("AFTER", "participial-opener", false)]
    [InlineData("long-awaited", "possessed-modifier", true)]
    [InlineData("reciprocated", "reply", true)]
    [InlineData("airlines", "own-people", true)]
    [InlineData("throughout", "locative", true)]
    [InlineData("tour", "stay", true)]
    [InlineData("incoming", "object-modifier", true)]
    [InlineData("reportedly", "verb-auxiliary", true)]
    [InlineData("announces", "reported-speech", true)]
    [InlineData("five-day", "noun-modifier", true)]
    public void Shipped_PhraseWords_MatchAsWritten(string word, string cls, bool expected) =>
        Assert.Equal(expected, PhraseGrammar.Words.Lookup(cls).Contains(word.AsSpan()));
}
