using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A unit at the head of its clause with "from" and states ("Warships from Iran, Russia and China began drills", "Troops from
/// Russia and Belarus…") is those states acting: the first state after "from" is no place of origin but a subject, as the ones
/// coordinated after it are (<c>SubjectFinder.NamesUnitMembers</c>). After a verb ("withdrew troops from Mali") it stays a place.
/// Sentences of our own.
/// </summary>
public sealed class UnitMemberSubjectTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, new DateOnly(2024, 5, 10));

    private static bool Has(List<EventMention> events, string source, string target, string root) =>
        events.Exists(e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value.StartsWith(root, StringComparison.Ordinal));

    [Theory]
    [InlineData("Warships from Iran, Russia and China began joint naval drills in the Arabian Sea on Tuesday.", "IRN", "RUS", "062")]
    [InlineData("Warships from Iran, Russia and China began joint naval drills in the Arabian Sea on Tuesday.", "IRN", "CHN", "062")]
    [InlineData("Warships from Iran, Russia and China began joint naval drills in the Arabian Sea on Tuesday.", "RUS", "CHN", "062")]
    [InlineData("Troops from Russia and Belarus began joint exercises near the Polish border on Monday.", "RUS", "BLR", "062")]
    [InlineData("MANILA, May 9 (Reuters) - Soldiers from Japan and the Philippines staged joint drills on Luzon on Wednesday.", "JPN", "PHL", "062")]
    public void UnitFromStatesHeadingItsClause_IsThoseStates(string text, string source, string target, string root) =>
        Assert.True(Has(Extract(text), source, target, root), $"expected {source}->{target} root {root}");

    [Fact]
    public void TroopsFromAPlaceAfterAVerb_StayAPlace() =>
        // "withdrew its troops from Mali and Niger": where the troops left, never an actor of the withdrawal.
        Assert.DoesNotContain(Extract("France withdrew its troops from Mali and Niger in 2022."), e => e.Source.Code is "MLI" or "NER");

    [Fact]
    public void RefugeesFromAState_AreNoUnitOfIt() =>
        // Refugees are no unit a state sends: "from Syria" is where they fled.
        Assert.DoesNotContain(Extract("Refugees from Syria and Iraq crossed into Turkey on Monday."), e => e.Source.Code is "SYR" or "IRQ");
}
