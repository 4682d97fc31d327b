using Orkhon.Extraction.Time;

namespace Orkhon.Tests.Extraction.Time;

/// <summary>
/// With no day to count from (an undated document's search for its anchor), the tagger skips the passes that only count from
/// one: relative phrases ("last week", "on Tuesday", "two days ago") and spans of weekdays ("Monday to Wednesday"). They give
/// nothing there and take nothing a later pass reads, so the written dates of the same sentence come out as before; with a
/// publication day every phrase is read.
/// </summary>
public sealed class UnanchoredPassTests
{
    private static readonly DateOnly Published = new(2024, 6, 12);

    [Theory]
    [InlineData("Last week, on 3 March 2021, the two ministers met in Astana.", "2021-03-03")]
    [InlineData("The talks, held Monday to Wednesday, followed the accord of May 2019, officials said on Tuesday.", "2019-05")]
    [InlineData("Two days ago the envoy recalled the 1998 treaty.", "1998")]
    [InlineData("Tokyo said yesterday that the 2015 agreement still stood and that it would reply next month.", "2015")]
    [InlineData("On Friday, March 7, 2025, the foreign ministry summoned the ambassador, as it had done last year.", "2025-03-07")]
    public void WithoutADay_OnlyTheWrittenDatesAreRead(string sentence, string written)
    {
        var unanchored = TemporalTagger.Tag(sentence, 0, sentence.Length, default);
        Assert.Equal([written], unanchored.SelectMany(e => e.Values).Select(v => v.ToString()));
        Assert.NotNull(Latest(sentence));
    }

    [Theory]
    [InlineData("Last week, on 3 March 2021, the two ministers met in Astana.")]
    [InlineData("The talks, held Monday to Wednesday, followed the accord of May 2019, officials said on Tuesday.")]
    [InlineData("Two days ago the envoy recalled the 1998 treaty.")]
    [InlineData("Tokyo said yesterday that the 2015 agreement still stood and that it would reply next month.")]
    public void WithADay_TheRelativePhrasesAreReadToo(string sentence)
    {
        var unanchored = TemporalTagger.Tag(sentence, 0, sentence.Length, default);
        var anchored = TemporalTagger.Tag(sentence, 0, sentence.Length, new TimeAnchor(Published, null));
        Assert.True(anchored.Count > unanchored.Count, string.Join(", ", anchored.Select(e => e.Value)));
    }

    // Hard negatives: a sentence with no written year gives no anchor, whatever relative words it holds.
    [Theory]
    [InlineData("Last week the minister said on Tuesday that talks would resume next month.")]
    [InlineData("From Monday to Wednesday the delegation toured the border, two days after the clash.")]
    public void WithoutAWrittenYear_NoAnchorIsFound(string sentence)
    {
        Assert.Null(Latest(sentence));
        Assert.Empty(TemporalTagger.Tag(sentence, 0, sentence.Length, default));
    }

    private static DateOnly? Latest(string sentence) => TemporalTagger.LatestExplicitDate(sentence, 0, sentence.Length);
}
