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
}
