using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction.Mentions;

/// <summary>
/// Envoys and aides news names by surname alone (officeholders.tsv, block p28-actors3): the Russian Security Council's
/// secretaries, the Kremlin's foreign-policy aide, the head of Ukraine's presidential office and the U.S. special envoy to
/// the Middle East act for their state while they hold the office, and no longer after it. Sentences are our own.
/// </summary>
public sealed class EnvoyAndAideTests
{
    private static List<EventMention> Extract(string text, DateOnly date) => EventExtractor.Default.Extract(text, date);

    [Theory]
    [InlineData("Witkoff met Putin in St Petersburg on Friday.", "2025-04-12", "USA", "RUS")]
    [InlineData("Kremlin aide Yuri Ushakov met Witkoff in Moscow on Thursday.", "2025-08-08", "RUS", "USA")]
    [InlineData("Patrushev held talks with Wang Yi in Beijing on Tuesday.", "2023-03-10", "RUS", "CHN")]
    [InlineData("Shoigu has arrived in Pyongyang for talks, the Kremlin said.", "2025-06-05", "RUS", "PRK")]
    [InlineData("Yermak met Rubio in Jeddah on Tuesday, Kyiv said.", "2025-03-12", "UKR", "USA")]
    [InlineData("On Monday Ushakov criticised Estonia for closing its border.", "2024-02-14", "RUS", "EST")]
    public void EnvoyOrAide_ActsForTheState(string text, string date, string source, string target) =>
        Assert.Contains(Extract(text, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)),
            e => e.Source.Code == source && e.Target.Code == target);

    [Theory]
    [InlineData("Yermak met Rubio in Jeddah on Tuesday.", "2026-03-10")]
    [InlineData("Witkoff visited Israel on Monday.", "2019-05-13")]
    [InlineData("Patrushev met Wang Yi in Beijing on Tuesday.", "2025-09-10")]
    public void OutsideTheTerm_TheNameNamesNoState(string text, string date) =>
        Assert.Empty(Extract(text, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
}
