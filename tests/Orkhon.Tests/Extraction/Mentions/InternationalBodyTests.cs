using Orkhon.Domain;
using Orkhon.Extraction;
using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Extraction.Mentions;

/// <summary>
/// Bodies real news names as actors: international organisations with their own code, organs of an organisation that
/// act for it (the European Parliament for the EU), services, firms and armed movements that act for their state, and
/// the heads of organisations resolved at an event's date.
/// </summary>
public sealed class InternationalBodyTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, new DateOnly(2024, 6, 3));

    [Theory]
    [InlineData("OPCW", "OPCW")]
    [InlineData("International Court of Justice", "ICJ")]
    [InlineData("U.N. refugee agency", "UNHCR")]
    [InlineData("UN migration agency", "IOM")]
    [InlineData("ECOWAS", "ECOWAS")]
    [InlineData("Mercosur", "MERCOSUR")]
    [InlineData("AUKUS", "AUKUS")]
    [InlineData("Organization of the Petroleum Exporting Countries", "OPEC")]
    public void Organisation_ResolvesToItsOwnCode(string name, string code)
    {
        Assert.Equal(code, ReferenceData.Default.Gazetteer.Resolve(name)?.Code);
        Assert.NotNull(ReferenceData.Default.FindOrganisation(code));
    }

    [Theory]
    [InlineData("European Parliament", "EU", ActorRole.Legislature)]
    [InlineData("European Central Bank", "EU", ActorRole.Government)]
    [InlineData("U.N. human rights office", "UN", ActorRole.Government)]
    [InlineData("OHCHR", "UN", ActorRole.Government)]
    [InlineData("African Union Commission", "AU", ActorRole.Government)]
    public void OrganOfAnOrganisation_ActsForTheOrganisation(string name, string code, ActorRole role)
    {
        var entry = ReferenceData.Default.Gazetteer.Resolve(name);
        Assert.Equal((code, NameForm.Agency, role), (entry?.Code, entry?.Form, entry?.Role));
    }

    [Theory]
    [InlineData("SBU", "UKR", ActorRole.Military)]
    [InlineData("Shin Bet", "ISR", ActorRole.Military)]
    [InlineData("Federal Reserve", "USA", ActorRole.Government)]
    [InlineData("U.S. Senate", "USA", ActorRole.Legislature)]
    [InlineData("People's Bank of China", "CHN", ActorRole.Government)]
    [InlineData("Gazprom", "RUS", ActorRole.Business)]
    [InlineData("Rio Tinto", "GBR", ActorRole.Business)]
    [InlineData("Kurdistan Workers' Party", "TUR", ActorRole.Rebels)]
    [InlineData("Arakan Army", "MMR", ActorRole.Rebels)]
    [InlineData("Sejm", "POL", ActorRole.Legislature)]
    [InlineData("Akorda", "KAZ", ActorRole.HeadOfState)]
    [InlineData("Turquoise Hill Resources", "CAN", ActorRole.Business)]
    [InlineData("Pakistani Taliban", "PAK", ActorRole.Rebels)] // the longer name wins over the adjective and the Afghan Taliban
    public void ServiceFirmOrMovement_ActsForItsState(string name, string code, ActorRole role)
    {
        var entry = ReferenceData.Default.Gazetteer.Resolve(name);
        Assert.Equal((code, NameForm.Agency, role), (entry?.Code, entry?.Form, entry?.Role));
    }

    [Theory]
    [InlineData("raw")] // India's RAW matches only in capitals
    [InlineData("fed")] // "Fed" is left out: the past tense of "feed"
    [InlineData("let")] // Lashkar-e-Taiba's "LeT" is left out
    public void CommonWords_AreNoBodies(string word) => Assert.Null(ReferenceData.Default.Gazetteer.Resolve(word));

    [Theory]
    [InlineData("The European Parliament condemned Azerbaijan on Wednesday.", "EU", "AZE")]
    [InlineData("The SBU accused Russia of sabotage on Monday.", "UKR", "RUS")]
    [InlineData("The chemical weapons watchdog OPCW criticised Syria on Tuesday.", "OPCW", "SYR")]
    [InlineData("Gazprom signed a supply contract with Uzbekistan on Friday.", "RUS", "UZB")]
    [InlineData("The Kurdistan Workers' Party accused Iraq of betrayal on Sunday.", "TUR", "IRQ")]
    public void Body_IsTheSourceOfAnEvent(string text, string source, string target) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target);

    [Theory]
    [InlineData("Russian forces shelled Kharkiv on Monday, the Office of the United Nations High Commissioner for Human Rights said.")]
    [InlineData("Russian forces shelled Kharkiv on Monday, the Organisation for the Prohibition of Chemical Weapons found.")]
    public void LongNamedSpeakerOfATrailingReport_IsNoTarget(string text)
    {
        // The speaker's name is long, but it counts as one word of the reporting clause: the act is Russia's against Ukraine.
        var events = Extract(text);
        Assert.Contains(events, e => e.Source.Code == "RUS" && e.Target.Code == "UKR");
        Assert.DoesNotContain(events, e => e.Target.Code is "UN" or "OPCW");
    }

    [Fact]
    public void NameWithAPluralPossessive_Matches() =>
        // "Workers'" ends in an apostrophe token of its own; the name is still read whole.
        Assert.Contains(Extract("The Kurdistan Workers' Party threatened Iraq on Sunday."), e => e.Source.Code == "TUR" && e.Source.Role == ActorRole.Rebels);

    [Theory]
    [InlineData("Lagarde", "2015-04-01", "IMF")]   // the IMF's managing director, then the ECB's president
    [InlineData("Lagarde", "2021-04-01", "EU")]
    [InlineData("Guterres", "2010-04-01", "UNHCR")] // the refugee agency's head before he was secretary-general
    [InlineData("Guterres", "2020-04-01", "UN")]
    [InlineData("Grossi", "2023-09-01", "IAEA")]
    [InlineData("Bensouda", "2016-01-01", "ICC")]
    public void HeadOfOrganisation_ResolvesAtTheDate(string name, string date, string code) =>
        Assert.Equal(code, OfficeHolderIndex.Default.Resolve(name, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture))?.Country);

    [Theory]
    [InlineData("Karim Khan", "Khan")]      // the ICC prosecutor by his full name; "Khan" alone is Imran Khan or anyone else
    [InlineData("Jim Yong Kim", "Kim")]     // the World Bank's president; "Kim" alone is not the World Bank
    [InlineData("Margaret Chan", "Chan")]
    public void HeadWithASharedSurname_IsFoundByTheFullNameOnly(string full, string surname)
    {
        var day = new DateOnly(2016, 3, 1);
        var holder = full == "Karim Khan" ? new DateOnly(2023, 3, 1) : day;
        Assert.NotNull(OfficeHolderIndex.Default.Resolve(full, holder));
        Assert.DoesNotContain(OfficeHolderIndex.Default.TermsOf(surname), t => t.Name == full);
    }

    [Fact]
    public void HeadOfOrganisation_ActsForIt() =>
        Assert.Contains(Extract("Georgieva praised Egypt's reforms on Monday."), e => e.Source.Code == "IMF" && e.Target.Code == "EGY");

    private const string CountryHeader = "code\tiso2\tm49\tname\tofficial_name\talt_names\tadjectives\tdemonyms\tcapital\tcapital_alts\tregion\tsubregion\tstatus\n";
    private const string OrgHeader = "code\tname\talt_names\tkind\tmembers\tobservers\tfounded\tsource_url\n";
    private const string AgencyHeader = "name\talt_names\tcountry\trole\tsector\tsource_url\n";

    [Fact]
    public void Load_AgencyOfAnOrganisation_IsAccepted()
    {
        var reference = ReferenceData.Load(
            TsvTable.Read("c.tsv", new StringReader(CountryHeader + "AAA\tAA\t001\tAland\tAland\t\t\t\tAtown\t\tEurope\tNorthern Europe\tmember\n")),
            TsvTable.Read("o.tsv", new StringReader(OrgHeader + "XO\tX Organisation\t\tregional\tAAA\t\t\t\n")),
            TsvTable.Read("a.tsv", new StringReader(AgencyHeader + "X Assembly\t\tXO\tlegislature\tLEG\thttps://example.org\n")));
        Assert.Equal(("XO", ActorRole.Legislature), (reference.Gazetteer.Resolve("X Assembly")?.Code, reference.Gazetteer.Resolve("X Assembly")?.Role));
    }
}
