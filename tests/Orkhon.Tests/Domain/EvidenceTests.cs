using Orkhon.Domain;

namespace Orkhon.Tests.Domain;

public sealed class EvidenceTests
{
    [Theory]
    [InlineData("", 0, 5)]    // no document
    [InlineData("d", -1, 5)]  // span before the text
    [InlineData("d", 6, 5)]   // reversed span
    public void FromSentence_NoDocumentOrBadSpan_Refused(string documentId, int start, int end) =>
        Assert.ThrowsAny<ArgumentException>(() => Evidence.FromSentence(documentId, start, end, "Hello."));

    [Fact]
    public void FromSentence_EmptySpan_IsAllowed() =>
        Assert.Equal(3, Evidence.FromSentence("d", 3, 3, "").End);

    [Fact]
    public void FromSource_NoUrl_Refused() => Assert.ThrowsAny<ArgumentException>(() => Evidence.FromSource(""));

    [Fact]
    public void UrlAndText_SayWhatEachCaseHolds()
    {
        Evidence sentence = Evidence.FromSentence("d", 0, 6, "Hello.", "https://a.example/1");
        Evidence bare = Evidence.FromSentence("d", 0, 6, "Hello.");
        Evidence source = Evidence.FromSource("https://b.example/2", "A treaty");
        Assert.Equal(("https://a.example/1", "Hello."), (sentence.Url, sentence.Text));
        Assert.Equal((null, "Hello."), (bare.Url, bare.Text));
        Assert.Equal(("https://b.example/2", "A treaty"), (source.Url, source.Text));
        Assert.Null(Evidence.FromSource("https://b.example/2").Text);
    }

    [Fact]
    public void Equality_IsByValueAndByCase()
    {
        Assert.Equal(Evidence.FromSentence("d", 0, 6, "Hello."), Evidence.FromSentence("d", 0, 6, "Hello."));
        Assert.NotEqual(Evidence.FromSentence("d", 0, 6, "Hello."), Evidence.FromSentence("d", 0, 7, "Hello."));
        Assert.NotEqual<Evidence>(Evidence.FromSource("https://b.example/2", "Hello."), Evidence.FromSentence("d", 0, 6, "Hello.", "https://b.example/2"));
    }
}
