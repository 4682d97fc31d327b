using FsCheck;
using FsCheck.Fluent;
using Orkhon.Text;

namespace Orkhon.Tests.Extraction;

/// <summary>The extractor reads sentences by position (<see cref="SentenceSplitter.Bounds"/>); they must be the sentences <see cref="SentenceSplitter.Split"/> gives.</summary>
public sealed class SentenceBoundsTests
{
    private static bool SameAsSplit(string text)
    {
        var split = SentenceSplitter.Split(text);
        var bounds = SentenceSplitter.Bounds(text);
        return split.Count == bounds.Count && split.Select((s, i) => s.Start == bounds[i].Start && s.End == bounds[i].End && s.Ordinal == i).All(x => x);
    }

    [Fact]
    public void Bounds_SeedArticlesAndCorpus_AreTheSplitSentences()
    {
        var texts = Directory.GetFiles(SharedData.Path("seeds"), "*.txt").Select(File.ReadAllText)
            .Append(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "tests", "Orkhon.Tests", "TestData", "extraction", "corpus.jsonl"))).ToList();
        Assert.True(texts.Count > 1);
        Assert.All(texts, text => Assert.True(SameAsSplit(text)));
    }

    [Fact]
    public void Property_Bounds_AreTheSplitSentences() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>().Filter(s => s is not null), SameAsSplit).QuickCheckThrowOnFailure();
}
