using System.Globalization;
using Orkhon.Domain;
using Orkhon.Extraction;
using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Office-holders of the Middle East and Africa (block "p10-oh2" of officeholders.tsv): a name resolves to its state and
/// office at the event's date, a successor or predecessor is not taken for the holder, and names many people bear
/// ("Abbas", "Ahmed", "Traore") or a father's or dynasty's name ("Salman", "Thani") never stand alone.
/// </summary>
public sealed class MiddleEastAfricaOfficeHolderTests
{
    private const string Header = "country\trole\ttitle\tname\talt_names\tfrom\tto\tsource_url\n";

    private static OfficeHolderIndex People => OfficeHolderIndex.Default;

    private static DateOnly Day(string date) => DateOnly.Parse(date, CultureInfo.InvariantCulture);

    private static string[] Summary(string text) =>
        [.. EventExtractor.Default.Extract(text).Select(e => $"{e.Source.Code}/{e.Source.Role?.ToName() ?? "-"}>{e.Target.Code} {e.Cameo.Root} {e.Date}")];

    [Theory]
    [InlineData("Netanyahu", "2024-03-01", "ISR", ActorRole.HeadOfGovernment)]
    [InlineData("Khamenei", "2015-07-14", "IRN", ActorRole.HeadOfState)] // supreme leader: head of state, as the corpus README codes it
    [InlineData("Pezeshkian", "2025-01-20", "IRN", ActorRole.HeadOfState)]
    [InlineData("Raisi", "2023-03-10", "IRN", ActorRole.HeadOfState)]
    [InlineData("Sisi", "2013-07-03", "EGY", ActorRole.Military)] // defence minister before he was president
    [InlineData("El-Sisi", "2019-04-23", "EGY", ActorRole.HeadOfState)]
    [InlineData("Mohammed bin Salman", "2019-06-01", "SAU", ActorRole.Government)] // crown prince
    [InlineData("MBS", "2023-05-19", "SAU", ActorRole.HeadOfGovernment)] // prime minister since September 2022
    [InlineData("Mahmoud Abbas", "2023-10-20", "PSE", ActorRole.HeadOfState)]
    [InlineData("Assad", "2018-04-14", "SYR", ActorRole.HeadOfState)]
    [InlineData("Sharaa", "2025-05-14", "SYR", ActorRole.HeadOfState)]
    [InlineData("Sharaa", "2004-05-01", "SYR", ActorRole.ForeignMinistry)] // Farouk al-Sharaa, the earlier foreign minister
    [InlineData("Ramaphosa", "2023-08-22", "ZAF", ActorRole.HeadOfState)]
    [InlineData("Abiy", "2020-11-04", "ETH", ActorRole.HeadOfGovernment)]
    [InlineData("Tedros", "2020-03-11", "WHO", ActorRole.Government)] // Ethiopia's foreign minister until 2016
    [InlineData("Deby", "2019-02-01", "TCD", ActorRole.HeadOfState)]
    [InlineData("Larijani", "2015-01-01", "IRN", ActorRole.Legislature)] // Ali, the speaker, listed before his brother
    [InlineData("Sadegh Larijani", "2015-01-01", "IRN", ActorRole.Judiciary)]
    [InlineData("Vecdi Gonul", "2010-01-01", "TUR", ActorRole.Military)]
    [InlineData("Gallant", "2023-10-09", null, null)] // a word: found only as "Yoav Gallant" (shared-names.tsv)
    [InlineData("Yoav Gallant", "2023-10-09", "ISR", ActorRole.Military)]
    public void Resolve_NameAtDate_GivesStateAndRole(string name, string date, string? country, ActorRole? role)
    {
        var term = People.Resolve(name, Day(date));
        Assert.Equal((country, role), (term?.Country, term?.Role));
    }

    [Theory]
    [InlineData("Aoun", "2019-06-01", "Michel Aoun", ActorRole.HeadOfState)] // the president outranks the army chief of the same name
    [InlineData("Aoun", "2023-06-01", "Joseph Aoun", ActorRole.Military)]
    [InlineData("Aoun", "2025-06-01", "Joseph Aoun", ActorRole.HeadOfState)]
    [InlineData("Hariri", "2003-01-01", "Rafic Hariri", ActorRole.HeadOfGovernment)]
    [InlineData("Hariri", "2018-01-01", "Saad Hariri", ActorRole.HeadOfGovernment)]
    [InlineData("Deby", "2022-01-01", "Mahamat Idriss Déby", ActorRole.HeadOfState)]
    public void Resolve_SharedSurname_IsTheHolderAtTheDate(string name, string date, string person, ActorRole role)
    {
        var term = People.Resolve(name, Day(date));
        Assert.NotNull(term);
        Assert.Equal((person, role), (term.Name, term.Role));
    }

    [Theory]
    [InlineData("Abbas")]   // Mahmoud Abbas; also Iran's foreign minister Abbas Araghchi and many more
    [InlineData("Ahmed")]   // Abiy Ahmed, Sharif Sheikh Ahmed
    [InlineData("Mohamed")] // Amina Mohamed
    [InlineData("Traore")]  // Ibrahim Traoré, Dioncounda Traoré
    [InlineData("Salman")]  // Mohammed bin Salman: a father's name
    [InlineData("Thani")]   // Tamim bin Hamad Al Thani: a dynasty's
    [InlineData("Saud")]
    [InlineData("Mekonnen")] // Demeke Mekonnen: Ethiopian names end in the father's given name
    public void SharedAndLineageNames_AreNotIndexedAlone(string word) => Assert.False(People.IsKnownName(word));

    [Fact]
    public void Load_SharedNameAndLineageWord_LeaveOnlyTheListedForms()
    {
        var rows =
            "PSE\thead_of_state\tPresident\tMahmoud Abbas\tAbu Mazen\t2005-01-15\t\thttps://example.org/a\n" +
            "QAT\thead_of_state\tEmir\tTamim bin Hamad Al Thani\tTamim bin Hamad\t2013-06-25\t\thttps://example.org/b\n" +
            "USA\tgovernment\tVice President\tAl Gore\t\t1993-01-20\t2001-01-20\thttps://example.org/c\n";
        var shared = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Abbas" };
        var index = OfficeHolderIndex.Load(TsvTable.Read("officeholders.tsv", new StringReader(Header + rows)), ReferenceData.Default, shared);

        Assert.False(index.IsKnownName("Abbas"));
        Assert.True(index.IsKnownName("Mahmoud Abbas"));
        Assert.False(index.IsKnownName("Thani"));
        Assert.False(index.IsKnownName("Hamad"));
        Assert.True(index.IsKnownName("Tamim bin Hamad"));
        Assert.True(index.IsKnownName("Gore")); // "Al" opening a name is a given name, not a dynasty's article

        // Without the list, the surname rule indexes the last word as before.
        Assert.True(OfficeHolderIndex.Load(TsvTable.Read("officeholders.tsv", new StringReader(Header + rows)), ReferenceData.Default).IsKnownName("Abbas"));
    }

    [Fact]
    public void Shipped_SharedNames_AreOneWordEach()
    {
        var table = EmbeddedData.ReadTable(EmbeddedData.SharedNames);
        var name = table.ColumnIndex("name");
        Assert.All(table.Rows, r => Assert.True(r[name].Length >= 3 && !r[name].Contains(' ', StringComparison.Ordinal), $"line {r.Line}: '{r[name]}'"));
    }

    [Fact]
    public void Extract_NewHolderAtDate_StandsForTheState()
    {
        Assert.Equal(
            ["ISR/head_of_government>EGY 04 2021-09-13"],
            Summary("Naftali Bennett held talks with Abdel Fattah el-Sisi in Sharm el-Sheikh on 13 September 2021."));
        Assert.Equal(
            ["IRN/head_of_state>IRQ 04 2024-09-11"],
            Summary("Masoud Pezeshkian met Mohammed Shia al-Sudani in Baghdad on 11 September 2024."));
    }

    [Fact]
    public void Extract_PredecessorOutOfOffice_IsNotTheState()
    {
        // Raisi died in May 2024; by September his successor was president, so the sentence names no acting state.
        Assert.DoesNotContain(Summary("Ebrahim Raisi met Mohammed Shia al-Sudani in Baghdad on 11 September 2024."), s => s.StartsWith("IRN", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_StatedStateAndOffice_WinForAKnownNameOutOfOffice()
    {
        // Lapid left office in December 2022; the text itself says whose opposition leader he is.
        var events = Summary("Israeli opposition leader Yair Lapid met Jordan's King Abdullah II in Amman on 4 March 2024.");
        Assert.Contains(events, s => s.StartsWith("ISR/", StringComparison.Ordinal) && s.Contains(">JOR 04 2024-03-04", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_SharedSurname_ResolvesAfterTheDocumentNamedThePerson()
    {
        Assert.Empty(Summary("Abbas met Antony Blinken in Ramallah on 7 January 2024."));
        var events = Summary("Palestinian President Mahmoud Abbas arrived in Cairo on 7 January 2024. Abbas met Sisi on 8 January 2024.");
        Assert.Contains("PSE/head_of_state>EGY 04 2024-01-08", events);
    }
}
