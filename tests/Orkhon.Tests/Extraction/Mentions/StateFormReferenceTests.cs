using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction.Mentions;

/// <summary>
/// "the emirate", "the sultanate", "the kingdom": the last state named of that form, by its official name or by
/// data/lexicon/state-forms.tsv (Qatar and Kuwait are emirates, Brunei a sultanate); "of" before a charge ("accused the
/// emirate of funding…") is no name; right after a verb the form is that verb's object, never its subject's state; a form that
/// fits no state named refers to nobody.
/// </summary>
public sealed class StateFormReferenceTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Theory]
    [InlineData("Saudi Arabia closed its border with Qatar and accused the emirate of funding militants.", "SAU", "QAT", "112")]
    [InlineData("Bahrain cut ties with Qatar on Monday, accusing the emirate of backing terrorism.", "BHR", "QAT", "112")]
    [InlineData("Iraq accused Kuwait of stealing its oil. Baghdad also threatened the emirate with force.", "IRQ", "KWT", "13")]
    [InlineData("Egypt criticised Qatar on Sunday. Cairo accused the Gulf emirate of harbouring dissidents.", "EGY", "QAT", "112")]
    [InlineData("Malaysia signed a maritime accord with Brunei. Kuala Lumpur also praised the sultanate for its role in the talks.", "MYS", "BRN", "051")]
    [InlineData("Qatar hosted talks between Saudi Arabia and Iran. Tehran later accused the kingdom of stalling.", "IRN", "SAU", "112")]
    public void AStateForm_IsTheLastStateOfThatForm(string text, string source, string target, string codePrefix)
    {
        Assert.Contains(Extract(text), e => (e.Source.Code, e.Target.Code) == (source, target) && e.Cameo.Value.StartsWith(codePrefix, StringComparison.Ordinal));
    }

    [Fact]
    public void AFormThatFitsNoStateNamed_RefersToNobody()
    {
        // Neither Oman (a sultanate) nor Iran is an emirate.
        var events = Extract("Oman hosted Iran's foreign minister on Monday. Washington criticised the emirate for its role.");
        Assert.DoesNotContain(events, e => e.Source.Code == "USA");
    }

    [Fact]
    public void AFormAsObject_IsNotTheSubjectsOwnState()
    {
        var events = Extract("Iraq accused Kuwait of stealing its oil. Baghdad also threatened the emirate with force.");
        Assert.DoesNotContain(events, e => (e.Source.Code, e.Target.Code) == ("IRQ", "IRQ"));
    }

    [Fact]
    public void AFormReportedAsSubject_IsTheSpeakersState()
    {
        // After a verb of saying the form opens the reported clause: Qatar itself mediates.
        var events = Extract("Qatar said on Monday the emirate would keep mediating between Israel and Hamas.");
        Assert.Contains(events, e => e.Source.Code == "QAT" && e.Target.Code == "ISR");
    }
}
