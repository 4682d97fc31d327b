using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;
using Orkhon.Text;

namespace Orkhon.Tests.Extraction.Mentions;

/// <summary>
/// MentionFinder.MatchPerson looks a phrase up in the office-holder index only at the lengths a known name may have
/// (<see cref="MentionFinder.KnownNameReach"/>, from <see cref="OfficeHolderIndex.MaxWordsFrom"/>). No phrase past that reach
/// may be a known name, whatever shape the index's rows have: several words, a hyphen, an apostrophe, diacritics, dotted
/// initials, a particle; and the names of such rows are still found in full.
/// </summary>
public sealed class PersonReachTests
{
    private const string Header = "country\trole\ttitle\tname\talt_names\tfrom\tto\tsource_url\n";

    // Invented office-holders, one row of each shape; the alternate forms add a shorter and a longer name on the same first word.
    private const string Rows =
        "MNG\thead_of_state\tPresident\tOyunbat Tserendash Galsan\tOyunbat Galsan\t2020-01-01\t\thttps://example.org/a\n"
        + "KAZ\thead_of_government\tPrime Minister\tLise-Marie Vantreau\t\t2020-01-01\t\thttps://example.org/b\n"
        + "IRL\tforeign_ministry\tMinister for Foreign Affairs\tSeamus O'Tierney\t\t2020-01-01\t\thttps://example.org/c\n"
        + "HUN\thead_of_government\tPrime Minister\tZoltán Ferenczy-Hálmi\t\t2020-01-01\t\thttps://example.org/d\n"
        + "USA\tforeign_ministry\tSecretary of State\tJ. R. Okafor\tJohanna Okafor\t2020-01-01\t\thttps://example.org/e\n"
        + "BRA\thead_of_state\tPresident\tAna Maria Lucia de Souza Prates\tAna Prates\t2020-01-01\t\thttps://example.org/f\n";

    private static readonly DateOnly Day = new(2024, 6, 12);

    private static OfficeHolderIndex Index() =>
        OfficeHolderIndex.Load(TsvTable.Read("officeholders.tsv", new StringReader(Header + Rows)), ReferenceData.Default);

    // Sentences of our own naming each row in its shapes, possessive, after a title, beside capitalised words that are no name.
    public static TheoryData<string> Sentences() =>
    [
        "Oyunbat Tserendash Galsan met Oyunbat Galsan's envoy and Oyunbat Tserendash in Ulaanbaatar on Monday.",
        "Prime Minister Lise-Marie Vantreau said Vantreau's cabinet would meet Lise-Marie Vantreau Jr. soon.",
        "Seamus O'Tierney and O'Tierney's deputy visited Dublin, where Seamus O'Tierney Said Nothing.",
        "Zoltán Ferenczy-Hálmi greeted Zoltan Ferenczy-Halmi, and Ferenczy-Hálmi's aides watched.",
        "Secretary of State J. R. Okafor and Johanna Okafor's staff flew to Lagos; Okafor said J. R. Okafor would return.",
        "President Ana Maria Lucia de Souza Prates hosted Ana Prates and Ana Maria Lucia de Souza Prates Neto in Brasilia.",
    ];

    [Theory]
    [MemberData(nameof(Sentences))]
    public void NoPhrasePastTheReach_IsAKnownName(string text)
    {
        var index = Index();
        var tokens = Tokenizer.Tokenize(text, 0, text.Length);
        var buffer = new PhraseBuffer();
        for (var i = 0; i < tokens.Count; i++)
        {
            var most = Math.Min(index.MaxWords, tokens.Count - i);
            var reach = MentionFinder.KnownNameReach(index, text, tokens, i, most);
            for (var n = reach + 1; n <= most; n++)
            {
                if (buffer.Build(text, tokens, null, i, n) && System.Text.Ascii.IsValid(buffer.Span))
                {
                    Assert.False(index.IsKnownName(buffer.Span), $"'{buffer.Span}' at token {i}, reach {reach}");
                }
            }
        }
    }

    [Theory]
    [InlineData("Oyunbat Tserendash Galsan met the envoy.", "Oyunbat Tserendash Galsan", "MNG")]
    [InlineData("Oyunbat Galsan met the envoy.", "Oyunbat Galsan", "MNG")]
    [InlineData("Lise-Marie Vantreau met the envoy.", "Lise-Marie Vantreau", "KAZ")]
    [InlineData("Seamus O'Tierney met the envoy.", "Seamus O'Tierney", "IRL")]
    [InlineData("Zoltán Ferenczy-Hálmi met the envoy.", "Zoltan Ferenczy-Halmi", "HUN")]
    [InlineData("Johanna Okafor met the envoy.", "Johanna Okafor", "USA")]
    [InlineData("Ana Maria Lucia de Souza Prates met the envoy.", "Ana Maria Lucia de Souza Prates", "BRA")]
    [InlineData("Ana Prates's envoy met the minister.", "Ana Prates", "BRA")]
    public void ANameOfEveryShape_IsFoundInFull(string text, string name, string code)
    {
        var tokens = Tokenizer.Tokenize(text, 0, text.Length);
        var found = new MentionFinder(ReferenceData.Default, Index()).Find(text, tokens, new bool[tokens.Count], Day, new MentionContext());
        Assert.Contains(found, m => m.PersonName == name && m.Codes.Contains(code));
    }

    [Fact]
    public void MaxWordsFrom_IsTheLongestNameOnTheFirstWord_IgnoringCase()
    {
        var index = Index();
        Assert.Equal(3, index.MaxWordsFrom("Oyunbat"));
        Assert.Equal(3, index.MaxWordsFrom("OYUNBAT"));
        Assert.Equal(6, index.MaxWordsFrom("ana"));
        Assert.Equal(3, index.MaxWordsFrom("J."));
        Assert.Equal(1, index.MaxWordsFrom("Okafor"));
        Assert.Equal(0, index.MaxWordsFrom("Tserendash"));
    }

    [Fact]
    public void Shipped_EveryNamesWordsAreWithinItsFirstWordsReach()
    {
        var table = EmbeddedData.ReadTable(EmbeddedData.OfficeHolders);
        var name = table.ColumnIndex("name");
        var alts = table.ColumnIndex("alt_names");
        var index = OfficeHolderIndex.Default;
        foreach (var row in table.Rows)
        {
            foreach (var written in row.List(alts).Append(row[name]).Select(OfficeHolderIndex.Fold))
            {
                var words = written.Split(' ');
                Assert.True(index.MaxWordsFrom(words[0]) >= words.Length, $"line {row.Line}: '{written}'");
            }
        }
    }
}
