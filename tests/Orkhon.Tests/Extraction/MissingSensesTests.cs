using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// The senses of roots 01–09 that the p18-senses-a block adds (calls told as adjuncts of another act, admission as a
/// participating state or state party, accusations called groundless, defence of another state pledged), in sentences of our own, and the hard negatives
/// that keep each to its event. Talks named by the parties after "between" stay uncoded (a held-out hard negative gained an event), but
/// their negatives are kept here.
/// </summary>
public sealed class MissingSensesTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Theory]
    [InlineData("Putin apologised to Erdogan in a phone call on Tuesday for the downing of the jet.", "RUS", "TUR", "041")]
    [InlineData("Putin apologised to Erdogan in a phone call on Tuesday for the downing of the jet.", "RUS", "TUR", "055")]
    [InlineData("Xi congratulated Tokayev in a lengthy telephone conversation on Monday.", "CHN", "KAZ", "041")]
    [InlineData("Modi thanked Khurelsukh by phone for the invitation in 2024.", "IND", "MNG", "041")]
    [InlineData("Erdogan told Putin in a phone call that Ankara would keep the straits open.", "TUR", "RUS", "041")]
    [InlineData("Mongolia became the 57th participating state of the OSCE in November 2012.", "MNG", "OSCE", "057")]
    [InlineData("Armenia became a state party to the International Criminal Court in February 2024.", "ARM", "ICC", "057")]
    [InlineData("Beijing called the allegations from Manila baseless in 2024.", "CHN", "PHL", "016")]
    [InlineData("Tokyo's pledge to defend the Philippines was restated on Monday.", "JPN", "PHL", "0334")]
    [InlineData("Russia pledged to come to the aid of Belarus in 2024.", "RUS", "BLR", "0334")]
    [InlineData("Erdogan thanked Putin over the phone for the grain deal on Friday.", "TUR", "RUS", "041")]
    [InlineData("Macron congratulated Biden via video link on Monday.", "FRA", "USA", "041")]
    public void NewSenses_CodeTheirEvent(string text, string source, string target, string cameo) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value.StartsWith(cameo, StringComparison.Ordinal));

    [Fact]
    public void AccusationsCalledGroundless_AnswerTheAccuser()
    {
        var events = Extract("Washington accused Beijing of hacking government servers on Monday. Beijing called the accusations groundless.");
        Assert.Contains(events, e => e.Source.Code == "CHN" && e.Target.Code == "USA" && e.Cameo.Value == "016");
        Assert.DoesNotContain(events, e => e.Source.Code == "CHN" && e.Cameo.Value.StartsWith("11", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Biden said in a video call on Tuesday that the West would act.", "02")]
    [InlineData("Lavrov told reporters by phone that Moscow would respond.", "04")]
    [InlineData("The talks between Kazakhstan and Kyrgyzstan were cancelled.", "04")]
    [InlineData("There will be no talks between Kazakhstan and Kyrgyzstan this year.", "04")]
    [InlineData("Talks between Kazakhstan and Kyrgyzstan could resume in June.", "04")]
    [InlineData("The Chinese delegation became the centre of attention at the OSCE meeting in 2012.", "05")]
    [InlineData("Russia called the charge d'affaires of Estonia to the ministry on Monday.", "01")]
    [InlineData("Kyiv called the claims of victory by Moscow premature.", "01")]
    [InlineData("Kazakhstan's pledge to protect the environment drew praise from Russia.", "03")]
    [InlineData("Japan's obligation to protect its own citizens abroad was stressed by Tokyo.", "03")]
    [InlineData("Russian rescuers came to the aid of Turkish villagers after the earthquake.", "03")]
    public void NotTheAct_GivesNoEventOfTheRoot(string text, string root) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.Value.StartsWith(root, StringComparison.Ordinal));

    [Fact]
    public void CallAfterAnotherParty_IsNotTheThankedPartysCall()
    {
        var events = Extract("Tokayev thanked Putin for the help on Monday and later spoke by phone with Mirziyoyev.");
        Assert.DoesNotContain(events, e => e.Cameo.Value == "041" && (e.Source.Code == "RUS" || e.Target.Code == "RUS"));
    }
}
