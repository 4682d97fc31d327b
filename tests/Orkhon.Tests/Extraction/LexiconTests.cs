using Orkhon.Extraction;
using Orkhon.Extraction.Lexicon;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Extraction;

public sealed class LexiconTests
{
    public static TheoryData<string> EntryIds() => [.. EventLexicon.Default.Entries.Select(e => e.Id)];

    // Every lexicon entry carries an example of our own; coding it must give an event with the entry's CAMEO root.
    [Theory]
    [MemberData(nameof(EntryIds))]
    public void Example_CodesTheEntrysEvent(string id)
    {
        var entry = EventLexicon.Default.Entries.Single(e => e.Id == id);
        var events = EventExtractor.Default.Extract(entry.Example);
        Assert.True(events.Any(e => e.Cameo.SameRootAs(entry.Cameo)),
            $"{entry.Id} (line {entry.Line}): '{entry.Example}' gave [{string.Join("; ", events.Select(e => $"{e.Source}->{e.Target} {e.Cameo} via {e.LexiconEntry}"))}]");
    }

    [Theory]
    [InlineData("visit", new[] { "visit", "visits", "visited", "visiting" })]
    [InlineData("meet", new[] { "meet", "meets", "met", "meeting" })]
    [InlineData("criticise", new[] { "criticise", "criticises", "criticised", "criticising", "criticize", "criticized" })]
    [InlineData("travel", new[] { "travel", "travels", "travelled", "traveled", "travelling" })]
    [InlineData("stop", new[] { "stop", "stops", "stopped", "stopping" })]
    [InlineData("apply", new[] { "apply", "applies", "applied", "applying" })]
    [InlineData("agree", new[] { "agree", "agrees", "agreed", "agreeing" })]
    [InlineData("freeze", new[] { "freeze", "freezes", "froze", "frozen", "freezing" })]
    [InlineData("rap", new[] { "rap", "raps", "rapped", "rapping" })]
    [InlineData("repel", new[] { "repel", "repels", "repelled", "repelling" })]
    [InlineData("pummel", new[] { "pummel", "pummelled", "pummeled", "pummelling" })]
    [InlineData("withhold", new[] { "withhold", "withholds", "withheld", "withholding" })]
    [InlineData("retake", new[] { "retake", "retook", "retaken", "retaking" })]
    public void Inflection_Forms(string lemma, string[] expected) => Assert.Superset(expected.ToHashSet(), Inflection.Forms(lemma).ToHashSet());

    [Fact]
    public void Load_BadEntries_AreReportedWithTheirLines()
    {
        var tsv = "id\tcameo\tframe\tphrase\tobject\texample\nx\t999\tsideways\tvisit\t\t\ny\t042\tvisit\t* visit\t\tA visit.\n";
        var e = Assert.Throws<DataFileException>(() => EventLexicon.Load(TsvTable.Read("l.tsv", new StringReader(tsv)), CameoCatalog.Default));
        Assert.Contains(e.Errors, x => x.Line == 2 && x.Message.Contains("CAMEO", StringComparison.Ordinal));
        Assert.Contains(e.Errors, x => x.Line == 2 && x.Message.Contains("frame", StringComparison.Ordinal));
        Assert.Contains(e.Errors, x => x.Line == 2 && x.Message.Contains("example", StringComparison.Ordinal));
        Assert.Contains(e.Errors, x => x.Line == 3 && x.Message.Contains("must start with a word", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("sanction", new[] { "sanction", "sanctions" })]
    [InlineData("sanctions", new[] { "sanctions", "sanction" })]
    [InlineData("treaty", new[] { "treaty", "treaties" })]
    [InlineData("crisis", new[] { "crisis", "crises" })]
    [InlineData("crises", new[] { "crises", "crisis" })]
    [InlineData("news", new[] { "news" })]
    [InlineData("congress", new[] { "congress", "congresses" })]
    public void Inflection_NounForms(string noun, string[] expected) => Assert.Equal(expected, Inflection.NounForms(noun));

    // The forms of "be" the stages test for are the ones Forms gives, less the contractions; the finite ones are among them.
    [Fact]
    public void Inflection_IsBe_AcceptsEveryWrittenFormOfBeAndNoContraction()
    {
        foreach (var form in Inflection.Forms("be"))
        {
            Assert.Equal(!form.StartsWith('\''), Inflection.IsBe(form));
        }

        Assert.All(new[] { "is", "are", "was", "were" }, w => Assert.True(Inflection.IsFiniteBe(w) && Inflection.IsBe(w)));
        Assert.All(new[] { "be", "been", "being", "Was", "has", "bee", "" }, w => Assert.False(Inflection.IsFiniteBe(w)));
        Assert.All(new[] { "Was", "IS", "has", "had", "bee", "beings", "" }, w => Assert.False(Inflection.IsBe(w)));
    }

    // The finite forms of "have", written as the stages compare words, lower case.
    [Fact]
    public void Inflection_IsFiniteHave_AcceptsHasHaveHadOnly()
    {
        Assert.All(new[] { "has", "have", "had" }, w => Assert.True(Inflection.IsFiniteHave(w)));
        Assert.All(new[] { "Has", "HAD", "having", "halve", "haves", "hat", "" }, w => Assert.False(Inflection.IsFiniteHave(w)));
    }

    // Words after the first are matched by lemma and number; function words as written ("a" never matches "as").
    [Theory]
    [InlineData("imposed", 2, "sanctions", true)]
    [InlineData("imposed", 2, "sanction", true)]
    [InlineData("imposed", 2, "Sanctions", true)]
    [InlineData("imposed", 2, "sanctioned", false)]
    [InlineData("imposed", 3, "on", true)]
    [InlineData("imposed", 3, "ons", false)]
    [InlineData("visits", 0, "visits", true)]
    [InlineData("visits", 1, "to", true)]
    [InlineData("visits", 1, "tos", false)]
    [InlineData("launching", 1, "a", true)]
    [InlineData("launching", 1, "as", false)]
    [InlineData("launching", 2, "offensives", true)]
    [InlineData("launching", 2, "assault", true)]
    public void Load_LaterWords_MatchByLemmaAndNumber(string first, int slot, string word, bool accepted)
    {
        var tsv = "id\tcameo\tframe\tphrase\tobject\texample\n"
            + "impose\t163\tagent-theme\timpose * sanction on\t\tX imposed sanctions on Y.\n"
            + "visit-n\t042\tvisit\tn:visit to\t\tHis visit to Y.\n"
            + "launch\t190\tvisit\tlaunch a offensive|assaults against\t\tX launched an offensive against Y.\n";
        var lexicon = EventLexicon.Load(TsvTable.Read("l.tsv", new StringReader(tsv)), CameoCatalog.Default);
        var phrase = Assert.Single(lexicon.StartingWith(first).ToArray());
        Assert.Equal(accepted, phrase.Slots[slot]!.Accepts(word));
    }

    // The count is of distinct content-word sequences: alternatives multiply, numbers, inflections and prepositions do not.
    [Fact]
    public void PatternCount_CountsContentAlternativesOnly()
    {
        var tsv = "id\tcameo\tframe\tphrase\tobject\texample\n"
            + "a\t163\tagent-theme\timpose|slap * sanctions|sanction|embargo on|against\tx|y|z\tX imposed sanctions on Y.\n"
            + "b\t163\tagent-theme\timpose * sanction on\t\tX imposed a sanction on Y.\n"
            + "c\t042\tvisit\tn:visit|visits to\t\tHis visit to Y.\n";
        var lexicon = EventLexicon.Load(TsvTable.Read("l.tsv", new StringReader(tsv)), CameoCatalog.Default);
        Assert.Equal(4, lexicon.PatternsByRoot["16"]);
        Assert.Equal(1, lexicon.PatternsByRoot["04"]);
        Assert.Equal(5, lexicon.PatternCount);
    }

    // Issue 9's coverage target: at least 2,000 distinct phrases, over every one of CAMEO's 20 roots.
    [Fact]
    public void Default_CoversAllTwentyRootsWithTwoThousandPatterns()
    {
        var lexicon = EventLexicon.Default;
        var roots = Enumerable.Range(1, 20).Select(r => r.ToString("00", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        TestContext.Current.TestOutputHelper?.WriteLine($"{lexicon.Entries.Count} rows, {lexicon.PatternCount} patterns: "
            + string.Join(", ", roots.Select(r => $"{r} {lexicon.PatternsByRoot.GetValueOrDefault(r)}")));
        Assert.All(roots, r => Assert.True(lexicon.PatternsByRoot.GetValueOrDefault(r) > 0, $"no pattern for CAMEO root {r}"));
        Assert.True(lexicon.PatternCount >= 2000, $"{lexicon.PatternCount} patterns");
    }

    // TriggerFinder skips a phrase's first-slot test for the phrases StartingWith returns (CompiledPhrase.MatchAfterFirstWord):
    // that holds only if every phrase filed under a word accepts that word, in whatever case the text writes it.
    [Fact]
    public void Default_EveryPhraseFiledUnderAWord_AcceptsThatWordFirst()
    {
        var lexicon = EventLexicon.Default;
        Assert.All(lexicon.FirstWords, word =>
        {
            foreach (var written in new[] { word, word.ToUpperInvariant(), char.ToUpperInvariant(word[0]) + word[1..] })
            {
                foreach (var phrase in lexicon.StartingWith(written))
                {
                    Assert.True(phrase.Slots[0]?.Accepts(written), $"{phrase.Entry.Id} is filed under '{word}' but its first slot refuses '{written}'");
                }
            }
        });
    }

    // At equal length a row with object words is tried before a bare row of the same verb, then rows in file order.
    [Fact]
    public void Load_EqualLengthRows_ObjectRowsFirstThenFileOrder()
    {
        var tsv = "id\tcameo\tframe\tphrase\tobject\texample\n"
            + "bare\t112\tagent-theme\taccuse\t\tX accused Y.\n"
            + "spying\t1125\tagent-theme\taccuse\tespionage|spying\tX accused Y of spying.\n"
            + "crime\t1121\tagent-theme\taccuse\tcorruption\tX accused Y of corruption.\n"
            + "long\t016\tagent-theme\taccuse * of lying\t\tX accused Y of lying.\n";
        var lexicon = EventLexicon.Load(TsvTable.Read("l.tsv", new StringReader(tsv)), CameoCatalog.Default);
        Assert.Equal(["long", "spying", "crime", "bare"], lexicon.StartingWith("accused").ToArray().Select(p => p.Entry.Id));
    }

    // A later word matches in the number the row did not write, end to end ("offensive" → "offensives", "negotiations" → "negotiation").
    [Theory]
    [InlineData("Russia launched new offensives against Ukraine in 2024.", "19")]
    [InlineData("Tokyo called off a negotiation with Seoul in 2019.", "16")]
    public void Extract_LaterPhraseWords_MatchEitherNumber(string sentence, string root) =>
        Assert.Contains(EventExtractor.Default.Extract(sentence), e => e.Cameo.Value.StartsWith(root, StringComparison.Ordinal));

    // A possessive pronoun in a gap is the noun's determiner, not a target: the gap passes it ("offered his condolences to").
    [Theory]
    [InlineData("The Japanese prime minister offered his condolences to Turkey in 2023.", "JPN>TUR 018")]
    [InlineData("Putin paid his first visit to Mongolia in 2024.", "RUS>MNG 042")]
    public void Extract_GapPassesAPossessivePronoun(string sentence, string expected) =>
        Assert.Contains(expected, EventExtractor.Default.Extract(sentence).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}"));

    // A named actor still ends a gap: "offered Turkey condolences" is not "offer * condolences".
    [Fact]
    public void Extract_GapNeverPassesANamedActor() =>
        Assert.DoesNotContain(EventExtractor.Default.Extract("Japan offered Turkey condolences in 2023."), e => e.Cameo.Value == "018");
}
