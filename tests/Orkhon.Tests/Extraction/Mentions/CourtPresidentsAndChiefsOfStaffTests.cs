using Orkhon.Domain;
using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction.Mentions;

/// <summary>
/// Office-holders added on p37-actors (officeholders.tsv): the presidents of the International Court of Justice since 2006
/// (role <c>judiciary</c>, as the ICC's prosecutors) and Iran's chief of staff of the armed forces 2016–2025. Each acts for
/// the court or the state in the term and for no one outside it; a surname that two office-holders bear resolves by the date
/// ("Salam" presided over the court in 2024, then led Lebanon's government); a given name alone ("Abraham") names no one.
/// Sentences are our own.
/// </summary>
public sealed class CourtPresidentsAndChiefsOfStaffTests
{
    private static List<EventMention> Extract(string text, int year, int month = 6) => EventExtractor.Default.Extract(text, new DateOnly(year, month, 3));

    [Theory]
    [InlineData("Donoghue met the South African foreign minister in The Hague on Monday.", 2022, "ICJ", "ZAF", ActorRole.Judiciary)]
    [InlineData("Tomka received the Mongolian foreign minister in The Hague on Monday.", 2013, "ICJ", "MNG", ActorRole.Judiciary)]
    [InlineData("Ronny Abraham received the Ukrainian foreign minister on Monday.", 2016, "ICJ", "UKR", ActorRole.Judiciary)]
    [InlineData("Salam met the Gambian justice minister in The Hague on Monday.", 2024, "ICJ", "GMB", ActorRole.Judiciary)]
    [InlineData("Bagheri met the Russian defence minister in Tehran on Monday.", 2022, "IRN", "RUS", ActorRole.Military)]
    public void HolderInTerm_ActsForTheCourtOrState(string text, int year, string source, string target, ActorRole role) =>
        Assert.Contains(Extract(text, year), e => e.Source.Code == source && e.Target.Code == target && e.Source.Role == role);

    [Theory]
    // Out of term: Tomka presided 2012–2015, Bagheri was chief of staff until June 2025.
    [InlineData("Tomka received the Mongolian foreign minister on Monday.", 2019, "ICJ")]
    [InlineData("Bagheri met the Russian defence minister in Tehran on Monday.", 2026, "IRN")]
    // A given name alone names no one, in the term or out of it.
    [InlineData("Abraham received the Ukrainian foreign minister on Monday.", 2016, "ICJ")]
    public void OutOfTermOrGivenName_IsNoActor(string text, int year, string code) =>
        Assert.DoesNotContain(Extract(text, year), e => e.Source.Code == code);

    [Fact]
    public void SharedSurname_ResolvesByTheDate()
    {
        Assert.Contains(Extract("Salam met the French foreign minister on Monday.", 2024), e => e.Source.Code == "ICJ");
        Assert.Contains(Extract("Salam met the French foreign minister on Monday.", 2025, 9), e => e.Source.Code == "LBN" && e.Source.Role == ActorRole.HeadOfGovernment);
    }

    [Theory]
    // Diacritics folded: the name as Mongolian transliteration writes it and as English copy writes it name one president.
    [InlineData("Khürelsükh met the Kazakh president in Astana on Monday.")]
    [InlineData("Khurelsukh met the Kazakh president in Astana on Monday.")]
    public void TransliterationVariants_NameOnePerson(string text) =>
        Assert.Contains(Extract(text, 2023), e => e.Source.Code == "MNG" && e.Source.Role == ActorRole.HeadOfState && e.Target.Code == "KAZ");
}
