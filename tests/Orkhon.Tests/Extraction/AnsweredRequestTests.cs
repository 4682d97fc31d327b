using Orkhon.Extraction;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A rejection whose object is a definite noun naming something asked, demanded, offered or complained of ("Oslo rejected the
/// demand") answers whoever made it (<c>AnsweredRequests</c>, branch p40-asks2): every party of the nearest phrase that
/// appealed, proposed, demanded or complained against the one rejecting, a few sentences back if need be, else the speaker of
/// the sentence before when that sentence names the one rejecting. A denied charge's content ("rejected the claim that …")
/// names no one the denial answers (<c>DeniedContents</c>), and "by" after a phrase ending in its own object names that
/// object's author, not a passive agent (<c>ObjectAuthors</c>). The sentences are our own.
/// </summary>
public sealed class AnsweredRequestTests
{
    private static string[] Coded(string text, ExtractionOptions? options = null) =>
        [.. new EventExtractor(new SentenceExtractor(EventLexicon.Default, MentionFinder.Default, ReferenceData.Default, options ?? ExtractionOptions.Default))
            .Extract(text, new DateOnly(2024, 5, 1)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    // The request two sentences back, a sentence of the rejecting party's own between; every party that made it together.
    [Theory]
    [InlineData("Russia demanded that Norway hand over the crew of the trawler. The Norwegian coast guard said the vessel had been fishing illegally. Oslo rejected the demand on Friday.", "NOR>RUS 120")]
    [InlineData("Germany and France urged Hungary to lift its veto on the aid package. Budapest rejected the appeal on Thursday.", "HUN>DEU 120")]
    [InlineData("Germany and France urged Hungary to lift its veto on the aid package. Budapest rejected the appeal on Thursday.", "HUN>FRA 120")]
    public void Extract_RejectedRequestToldEarlier_AnswersItsMakers(string text, string expected) =>
        Assert.Contains(expected, Coded(text));

    // A complaint no phrase coded: the speaker of the sentence before, which names the one rejecting.
    [Theory]
    [InlineData("Kenya's foreign ministry said Ugandan soldiers had crossed the border near Lake Victoria. Kampala rejected the complaint on Tuesday.", "UGA>KEN 120")]
    public void Extract_RejectedComplaintOfThePreviousSpeaker_AnswersTheSpeaker(string text, string expected) =>
        Assert.Contains(expected, Coded(text));

    // Twins: a party that was asked nothing and not named before, and an author named after the noun, borrow no maker.
    [Theory]
    [InlineData("Japan urged China to release the fishing crew. Seoul rejected the demand on Friday.", "KOR>JPN 120")]
    [InlineData("Germany urged Hungary to lift its veto. Budapest rejected the proposal from Slovakia.", "HUN>DEU 120")]
    public void Extract_RejectedRequestNotMadeToTheRejecter_AnswersNoOneEarlier(string text, string unexpected) =>
        Assert.DoesNotContain(unexpected, Coded(text));

    // Switched off, the rejection answers only the last party that acted against the one rejecting.
    [Fact]
    public void Extract_SwitchedOff_LeavesTheOtherMakerUnanswered()
    {
        var off = ExtractionOptions.Default with { Guards = ExtractionGuards.All & ~ExtractionGuards.AnsweredRequests };
        Assert.DoesNotContain("HUN>DEU 120", Coded("Germany and France urged Hungary to lift its veto on the aid package. Budapest rejected the appeal on Thursday.", off));
    }

    // A denied charge whose content names states: the denial still answers the accuser, never a state of the content.
    [Theory]
    [InlineData("Israel accused Norway of backing terrorism. Norway's prime minister called the move regrettable and rejected the claim that Oslo is hostile to Israel.", "NOR>ISR 016")]
    [InlineData("Serbia accused Croatia of arming rebels on Monday. Zagreb rejected the accusation that Croatian weapons had reached Kosovo.", "HRV>SRB 016")]
    public void Extract_DeniedChargeWithContent_AnswersTheAccuser(string text, string expected) =>
        Assert.Contains(expected, Coded(text));

    [Theory]
    [InlineData("Norway's prime minister rejected the claim that Oslo is hostile to Israel.", "NOR>ISR 016")]
    [InlineData("Serbia accused Croatia of arming rebels on Monday. Zagreb rejected the accusation that Croatian weapons had reached Kosovo.", "HRV>KOS 016")]
    public void Extract_DeniedChargeWithContent_NeverAnswersTheContent(string text, string unexpected) =>
        Assert.DoesNotContain(unexpected, Coded(text));

    [Fact]
    public void Extract_DeniedContentsSwitchedOff_LeavesTheDenialUnpaired()
    {
        var off = ExtractionOptions.Default with { Guards = ExtractionGuards.All & ~ExtractionGuards.DeniedContents };
        Assert.DoesNotContain("NOR>ISR 016", Coded("Israel accused Norway of backing terrorism. Norway's prime minister called the move regrettable and rejected the claim that Oslo is hostile to Israel.", off));
    }

    // "by" after a phrase that ends in its own object ("dismissed as baseless a call by …") names that object's author.
    [Theory]
    [InlineData("Turkey's foreign ministry, for its part, dismissed as baseless a call by Swedish officials for calm.", "TUR>SWE 120")]
    [InlineData("Iran on Monday dismissed as worthless a proposal by French diplomats for new talks.", "IRN>FRA 120")]
    public void Extract_PhraseEndingInItsObjectBeforeBy_IsNoPassive(string text, string expected) =>
        Assert.Contains(expected, Coded(text));

    [Fact]
    public void Extract_ObjectAuthorsSwitchedOff_ReadsThePassive()
    {
        var off = ExtractionOptions.Default with { Guards = ExtractionGuards.All & ~ExtractionGuards.ObjectAuthors };
        Assert.DoesNotContain("TUR>SWE 120", Coded("Turkey's foreign ministry, for its part, dismissed as baseless a call by Swedish officials for calm.", off));
    }
}
