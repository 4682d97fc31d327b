using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A verb's objects stop where a clause with its own subject opens after a semicolon or after ", and" with a copula ("…; the
/// United States is its main backer", "…, and Brazil is its main backer"; <c>Clauses.NewSubjectClauses</c>); and several
/// parties who promised a thing to no one named ("Chile and Peru promised troops for the force") made no undertaking to one
/// another (<c>PairFinder</c>, class <c>thing-promise</c> of <c>data/lexicon/clause-words.tsv</c>). Sentences of our own; the
/// extractor of main 5852662 made the new clause's subject the promise's addressee.
/// </summary>
public sealed class ClauseAfterSemicolonTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, new DateOnly(2024, 5, 10));

    [Theory]
    // Hard negatives: the promise has no addressee, and the next clause's subject is none.
    [InlineData("Kenya promised police officers for the mission; the United States is its main financial backer.")]
    [InlineData("Kenya promised police officers for the mission, and the United States is its main backer.")]
    [InlineData("Chile and Peru promised troops for the force; Brazil is its main backer.")]
    [InlineData("Chile and Peru promised troops for the force, and Brazil is its main backer.")]
    [InlineData("Turkey offered humanitarian aid; Greece is sending rescue teams.")]
    public void PromiseBeforeANewClause_HasNoAddressee(string text) =>
        Assert.Empty(Extract(text));

    [Theory]
    [InlineData("Kenya sent troops to Haiti; the United States paid for the mission.", "KEN", "HTI", "USA")]
    [InlineData("Mongolia sent fodder to Kyrgyzstan; Kazakhstan is its other donor.", "MNG", "KGZ", "KAZ")]
    [InlineData("Japan criticised China; South Korea is its ally.", "JPN", "CHN", "KOR")]
    public void ObjectBeforeTheSemicolon_StaysTheTarget(string text, string source, string target, string other)
    {
        var events = Extract(text);
        Assert.Contains(events, e => e.Source.Code == source && e.Target.Code == target);
        Assert.DoesNotContain(events, e => e.Target.Code == other);
    }

    [Fact]
    public void JointPledgeWithAnInfinitive_StaysEachPartysToTheOthers()
    {
        var events = Extract("Russia, Iran and Turkey pledged to cooperate against terrorism.");
        Assert.Contains(events, e => e.Source.Code == "RUS" && e.Target.Code == "IRN");
        Assert.Contains(events, e => e.Source.Code == "TUR" && e.Target.Code == "RUS");
    }
}
