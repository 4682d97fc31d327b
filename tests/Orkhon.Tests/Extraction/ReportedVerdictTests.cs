using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A speaker who says a deed was wrong ("said the measures were unjustified", "said Tokyo's decision was illegal", "told
/// reporters the expulsions were unjustified") criticises (111) whoever did it: the owner before the act noun, or the doer of the
/// act it names back (<see cref="ReportedVerdicts"/>). Nothing for a deed judged only as it might be, for a denied verdict,
/// for a deed no one is told to have done, or for the speaker's own deed.
/// </summary>
public sealed class ReportedVerdictTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Theory]
    // The owner is told inside the noun phrase.
    [InlineData("Russia's foreign ministry said on 5 March 2024 that Tokyo's decision was illegal.", "RUS", "JPN")]
    // The act noun names expulsions told two sentences before.
    [InlineData("Russia expelled three Estonian diplomats on 4 May 2024. Officials gave no reason. Estonia's foreign ministry said the expulsions were unjustified.", "EST", "RUS")]
    // The addressee of "told" stands before the reported clause.
    [InlineData("Russia expelled three Estonian diplomats on 4 May 2024. Officials gave no reason. Estonia's foreign minister told reporters the expulsions were unjustified.", "EST", "RUS")]
    // A noun phrase after the copula names the deed a wrong (verdict-noun, wrong-noun).
    [InlineData("Seoul's foreign ministry said on 4 July 2019 that Tokyo's decision was a clear violation of trade rules.", "KOR", "JPN")]
    [InlineData("Britain arrested a Mongolian security official at Heathrow on 17 September 2010. Mongolia's foreign ministry said the arrest was a serious blow to relations.", "MNG", "GBR")]
    // A finite linking verb and a noun phrase that names the deed a wrong (verdict-link).
    [InlineData("Seoul's foreign ministry said on 4 July 2019 that Tokyo's decision amounted to economic war.", "KOR", "JPN")]
    [InlineData("Seoul's foreign ministry said on 4 July 2019 that Tokyo's decision constituted a clear violation of trade rules.", "KOR", "JPN")]
    public void VerdictOnADeed_CriticisesItsDoer(string text, string source, string target) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value == "111");

    [Fact]
    public void MeasuresOfSeveralParties_CriticiseEachOfThem()
    {
        var events = Extract("Saudi Arabia and Egypt cut diplomatic ties with Qatar on Monday. Qatar's foreign ministry said the measures were unjustified.");
        Assert.Contains(events, e => e.Source.Code == "QAT" && e.Target.Code == "SAU" && e.Cameo.Value == "111");
        Assert.Contains(events, e => e.Source.Code == "QAT" && e.Target.Code == "EGY" && e.Cameo.Value == "111");
    }

    [Theory]
    // A deed judged only as it might be.
    [InlineData("Russia's foreign ministry said on 5 March 2024 that Tokyo's decision would be illegal.")]
    // A denied verdict.
    [InlineData("Russia's foreign ministry said on 5 March 2024 that Tokyo's decision was not illegal.")]
    // A denied or hypothetical noun verdict.
    [InlineData("Russia's foreign ministry said on 5 March 2024 that Tokyo's decision was not a provocation.")]
    [InlineData("Russia's foreign ministry said on 5 March 2024 that Tokyo's decision would be a mistake.")]
    // A link only as it might be, or denied.
    [InlineData("Russia's foreign ministry said on 5 March 2024 that Tokyo's decision may amount to economic war.")]
    [InlineData("Russia's foreign ministry said on 5 March 2024 that Tokyo's decision did not amount to a provocation.")]
    // A noun phrase that names no wrong.
    [InlineData("Russia's foreign ministry said on 5 March 2024 that Tokyo's decision was a historic step.")]
    public void HypotheticalOrDeniedVerdict_GivesNothing(string text) =>
        Assert.DoesNotContain(Extract(text), e => e.Source.Code == "RUS" && e.Cameo.Value == "111");

    [Fact]
    public void MeasuresNoOneWasToldToTake_GiveNothing() =>
        Assert.DoesNotContain(Extract("Officials met in Doha on Monday. Qatar's foreign ministry said the measures were unjustified."),
            e => e.Source.Code == "QAT" && e.Cameo.Value == "111");

    [Fact]
    public void SpeakersOwnMeasures_AreNoTarget() =>
        Assert.DoesNotContain(Extract("Qatar cut diplomatic ties with Bahrain on Monday. Qatar's foreign ministry said the measures were unjustified."),
            e => e.Source.Code == "QAT" && e.Cameo.Value == "111");
}
