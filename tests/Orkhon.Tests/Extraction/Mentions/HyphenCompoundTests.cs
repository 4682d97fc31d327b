using Orkhon.Domain;
using Orkhon.Extraction;
using Orkhon.Extraction.Mentions;
using Orkhon.Extraction.Time;
using Orkhon.Text;

namespace Orkhon.Tests.Extraction.Mentions;

/// <summary>
/// Hyphenated tokens are read in place, part by part (MentionFinder.StatesJoined and AdjectiveCompound): states joined by
/// name, states joined with at least one adjective, a repeated state counted once, and hyphenated words of prose that name
/// no state at all. Person names with and without diacritics go through the ASCII test that replaced a boxing one.
/// </summary>
public sealed class HyphenCompoundTests
{
    private static readonly DateOnly Day = new(2024, 6, 12);

    [Fact]
    public void StatesJoinedByName_AreOneMentionOfBoth()
    {
        var m = Assert.Single(Read("Kazakhstan-Mongolia trade grew by a fifth last year."));
        Assert.Equal(["KAZ", "MNG"], m.Codes);
        Assert.Equal(MentionKind.Name, m.Kind);
        Assert.False(m.IsWeak);
    }

    [Fact]
    public void AStateJoinedToItself_IsNamedOnce()
    {
        var m = Assert.Single(Read("The Japan-Japan comparison in the report puzzled its readers."));
        Assert.Equal(["JPN"], m.Codes);
    }

    [Fact]
    public void StatesJoinedWithAnAdjective_AreAWeakCollective()
    {
        var m = Assert.Single(Read("The Kazakh-Chinese pipeline opened in the spring."));
        Assert.Equal(["KAZ", "CHN"], m.Codes);
        Assert.True(m.IsWeak);
        Assert.True(m.IsCollective);
    }

    [Theory]
    [InlineData("A well-known singer gave a long-awaited concert in a half-empty hall.")]
    [InlineData("The so-called deal was a one-off, a take-it-or-leave-it offer.")]
    public void HyphenatedWordsOfProse_NameNoState(string text) =>
        Assert.Empty(Read(text));

    [Fact]
    public void APersonKnownToTheTable_IsReadAsThePerson()
    {
        var m = Assert.Single(Read("Mongolian President Khurelsukh met students on Monday."));
        Assert.Equal(["MNG"], m.Codes);
        Assert.Equal(MentionKind.Person, m.Kind);
        Assert.Equal("Khurelsukh", m.PersonName);
    }

    // A name with a diacritic takes the path that folds it; whether the fold finds the table's name depends on the runtime's
    // normalisation (this project runs with invariant globalization), but the office still names the state.
    [Fact]
    public void ANameWithADiacritic_StillActsForTheStateItsOfficeNames()
    {
        var m = Assert.Single(Read("Mongolian President Khurelsükh met students on Monday."));
        Assert.Equal(["MNG"], m.Codes);
        Assert.Equal(ActorRole.HeadOfState, m.Role);
    }

    private static List<ActorMention> Read(string text)
    {
        var context = new MentionContext();
        var anchor = new TimeAnchor(Day, null);
        var found = new List<ActorMention>();
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            var timed = TimedTokens.Tag(text, (sentence.Start, sentence.End), anchor, null);
            var mentions = MentionFinder.Default.Find(text, timed.Tokens, timed.Blocked, Day, context);
            context.Remember(mentions);
            found.AddRange(mentions);
        }

        return found;
    }
}
