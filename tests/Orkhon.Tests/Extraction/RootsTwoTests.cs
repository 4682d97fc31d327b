using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// The rows of the p9-roots2 block (threats, assault, mass violence, yielding, material cooperation and aid: roots 06–08,
/// 13, 18, 20) in senses their examples do not show, their hard negatives, and <see cref="MassKillings"/>.
/// </summary>
public sealed class RootsTwoTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Theory]
    [InlineData("Moscow said it would respond with force to Finland's accession to NATO.", "RUS", "FIN", "13")]
    [InlineData("Tehran pledged to strike back at Israel for the killing of its generals.", "IRN", "ISR", "13")]
    [InlineData("Israel did not rule out a military strike on Iran in 2011.", "ISR", "IRN", "13")]
    [InlineData("Seoul put Pyongyang on notice after the missile launch.", "KOR", "PRK", "13")]
    [InlineData("Azerbaijani troops summarily shot Armenian prisoners in 2022.", "AZE", "ARM", "18")]
    [InlineData("Ethiopian forces attacked defenceless villagers inside Eritrea.", "ETH", "ERI", "18")]
    [InlineData("Iraqi forces carried out a chlorine attack against Iranian troops in 1987.", "IRQ", "IRN", "20")]
    [InlineData("Vietnam returned the remains of American airmen on Tuesday.", "VNM", "USA", "08")]
    [InlineData("Georgia recovered the bodies of its soldiers from Russia in 2008.", "RUS", "GEO", "08")]
    [InlineData("India scrapped its ban on wheat exports to Bangladesh in 2023.", "IND", "BGD", "08")]
    [InlineData("Britain recalled its peacekeepers from South Sudan in 2019.", "GBR", "SSD", "08")]
    [InlineData("Kazakhstan resumed oil deliveries to Germany in 2023.", "KAZ", "DEU", "08")]
    [InlineData("Egypt and Greece held war games in the Mediterranean in 2022.", "EGY", "GRC", "06")]
    [InlineData("Australia boosted trade with Indonesia in 2023.", "AUS", "IDN", "06")]
    [InlineData("Turkey extradited a suspected hacker to the United States.", "TUR", "USA", "06")]
    [InlineData("Denmark shipped Stinger missiles to Ukraine in 2022.", "DNK", "UKR", "07")]
    [InlineData("France extended security guarantees to Armenia in 2024.", "FRA", "ARM", "07")]
    [InlineData("Beijing said it would take reciprocal measures against Tokyo.", "CHN", "JPN", "13")]
    [InlineData("Hungary dropped its objections to Finland's NATO bid in 2023.", "HUN", "FIN", "08")]
    [InlineData("Japan and South Korea restored intelligence exchanges in 2023.", "JPN", "KOR", "06")]
    [InlineData("A truce between Kyrgyzstan and Tajikistan took effect on Friday.", "KGZ", "TJK", "08")]
    [InlineData("Beijing pledged to take resolute countermeasures against Washington.", "CHN", "USA", "13")]
    [InlineData("The UAE deposited $2 billion in Egypt's central bank.", "ARE", "EGY", "07")]
    [InlineData("BISHKEK, Sept 20 (Reuters) - A ceasefire between Kyrgyzstan and Tajikistan held on Tuesday.", "KGZ", "TJK", "08")]
    [InlineData("Israel killed a Hezbollah commander in Beirut. Hezbollah said the attack would not go unpunished.", "LBN", "ISR", "13")]
    public void RootsTwoRows_CodeTheirRoot(string text, string source, string target, string root) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value.StartsWith(root, StringComparison.Ordinal));

    [Theory]
    [InlineData("Moscow said it would not retaliate against Finland.", "13")]
    [InlineData("Japan said it would view the talks with South Korea as a success.", "13")]
    [InlineData("Kazakhstan put the proposal to Russia on Monday.", "13")]
    [InlineData("The Chinese delegation set off for Moscow on Monday.", "18")]
    [InlineData("Serbia did not commit ethnic cleansing in Kosovo, its foreign ministry said.", "20")]
    [InlineData("Russia accused Ukraine of planning a gas attack on Russian troops.", "20")]
    [InlineData("Mongolia returned to the talks with China on Monday.", "08")]
    [InlineData("Moscow said it would not take retaliatory measures against Britain.", "13")]
    [InlineData("Talks on a ceasefire between Israel and Hamas stalled on Monday.", "08")]
    [InlineData("China vowed not to take measures against Lithuania.", "13")]
    [InlineData("The Americans released a statement on Iran on Monday.", "08")]
    [InlineData("Mongolia deposited its reserves in a Swiss bank.", "07")]
    [InlineData("Egypt called for a ceasefire between Israel and Hamas.", "08")]
    [InlineData("Hungary said it would not lift its veto on Sweden's membership.", "08")]
    [InlineData("Turkey refused to end its ban on Armenian flights.", "08")]
    [InlineData("Russia's gas giant considered resuming supplies to Europe.", "08")]
    [InlineData("Mongolia's coal exports to China rose in 2023.", "06")]
    [InlineData("The two presidents discussed how to boost trade.", "06")]
    [InlineData("Germany considered a request to ship Taurus missiles to Ukraine.", "07")]
    public void NotTheAct_GivesNoEventOfTheRoot(string text, string root) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.Value.StartsWith(root, StringComparison.Ordinal));

    [Theory]
    [InlineData("Ukrainian officials said Russian troops had killed more than 400 civilians in towns around Kyiv.")]
    [InlineData("Ugandan troops killed 1,200 Congolese civilians in Ituri in 2003.")]
    [InlineData("Syrian forces executed hundreds of Lebanese prisoners in 1990.")]
    public void KillingHundredsOfUnarmedPeople_IsAMassKilling(string text) =>
        Assert.Contains(Extract(text), e => e.Cameo.Value == "202");

    [Theory]
    [InlineData("Russian soldiers killed 12 Ukrainian civilians in Kharkiv on Monday.")]
    [InlineData("Israeli strikes killed 150 Hamas militants in Gaza.")]
    [InlineData("Russian troops killed 300 Ukrainian soldiers near Bakhmut.")]
    [InlineData("Sudanese militias killed 99 Chadian villagers, and 400 people fled.")]
    public void KillingFewOrArmed_StaysAKilling(string text)
    {
        var events = Extract(text);
        Assert.DoesNotContain(events, e => e.Cameo.Value == "202");
        Assert.Contains(events, e => e.Cameo.Value == "1823");
    }
}
