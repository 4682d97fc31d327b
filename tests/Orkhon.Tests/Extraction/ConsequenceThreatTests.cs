using Orkhon.Extraction;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Threats told as the consequences the target will face (issue 9, branch p35-consequences): a state's speaker says another
/// party will pay a price, face or bear consequences, be met with a response, regret it, or that an act will not go
/// unpunished. The speaker threatens (130; 138 with a word of force, 1312 for sanctions) the party that will face the
/// consequence. Twins stay empty: a commentator or former official predicting, the speaker itself, a statistic, a question, a
/// negated modal, a present fact and a reply to a request. The sentences are our own.
/// </summary>
public sealed class ConsequenceThreatTests
{
    private static string[] Coded(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 5, 6)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo.Value}")];

    private static bool CodesAThreat(string text) => Coded(text).Any(c => c.Split(' ')[1].StartsWith("13", StringComparison.Ordinal));

    [Theory]
    [InlineData("Turkey warned on Friday that Greece would bear full responsibility for the consequences.", "TUR>GRC 130")]
    [InlineData("Iran said Azerbaijan should expect severe punishment.", "IRN>AZE 130")]
    [InlineData("Russia said Georgia would face a crushing military response.", "RUS>GEO 138")] // force in the consequence
    [InlineData("The European Union said Belarus would face sanctions for the flights.", "EU>BLR 1312")]
    [InlineData("The United States said any move by Russia across the border would be met with a severe response.", "USA>RUS 130")] // a party inside the subject
    [InlineData("Morocco said the attack by Algerian forces on its convoy would not go unpunished.", "MAR>DZA 130")] // the act's author
    [InlineData("India said Pakistan would regret it.", "IND>PAK 130")]
    [InlineData("Austria said it had told Hungary that any veto would be met with a firm, united response.", "AUT>HUN 130")] // the reported subject is the speaker again
    [InlineData("China told reporters that Japan and South Korea would pay a heavy price.", "CHN>KOR 130")] // coordinated payers
    public void Extract_ConsequenceForAnotherParty_IsAThreat(string text, string expected) => Assert.Contains(expected, Coded(text));

    [Fact]
    public void Extract_CoordinatedPayers_EachIsThreatened() =>
        Assert.Contains("CHN>JPN 130", Coded("China told reporters that Japan and South Korea would pay a heavy price."));

    [Theory]
    [InlineData("An analyst said Ukraine would pay a heavy price for the raid.")] // a commentator predicts
    [InlineData("A former Russian minister said Ukraine would pay a heavy price for the raid.")] // out of office
    [InlineData("Russia said it would pay a heavy price for its own mistakes.")] // the speaker itself
    [InlineData("Ukraine said Ukrainian farmers will face higher costs this year.")] // a statistic
    [InlineData("Did Russia say Ukraine would pay a heavy price?")] // a question
    [InlineData("China said the Philippines would not face consequences for the landing.")] // a negated modal
    [InlineData("China said the Philippines faces consequences of the storm every year.")] // no future: a fact
    [InlineData("Japan said South Korea should expect a response to its proposal.")] // a reply to a request
    [InlineData("Belarus said that the seizure of its trucks by Lithuania went unanswered.")] // past, no negation
    public void Extract_ConsequenceThatIsNoThreat_CodesNoThreat(string text) => Assert.False(CodesAThreat(text), string.Join("; ", Coded(text)));

    /// <summary>Every row whose class makes a threat has an example that codes one (the twins' rows are tested above).</summary>
    [Fact]
    public void Examples_OfThreateningRows_CodeAThreat()
    {
        var table = EmbeddedData.ReadTable("lexicon.consequences.tsv");
        var (classes, example) = (table.ColumnIndex("classes"), table.ColumnIndex("example"));
        var failing = table.Rows
            .Where(r => r[classes] is "bearer-verb" or "regret-verb" or "met-verb" or "unanswered" or "consequence" or "sanction" or "force" or "modal")
            .Select(r => r[example])
            .Where(text => !CodesAThreat(text))
            .ToList();
        Assert.True(failing.Count == 0, string.Join(" | ", failing));
    }
}
