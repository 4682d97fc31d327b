using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Roots 05, 06 and 07 as the p24-coop branch widened them, in sentences of our own: joint drills run, co-hosted or organised
/// together (062), a treaty a leader put his name to and a joint declaration approved or issued (057), wanted or jailed
/// criminals sent or extradited to another state (063), aid received with its sum before the donor (070), treaties finalised and relations re-established (057, 054),
/// vehicles gifted or handed over (070), weapon systems supplied (072), money deposited (071; a mineral deposit is none), and a signing told first by the states and again by their leaders
/// coded once (SymmetricDirections); with the hard negatives each must keep.
/// </summary>
public sealed class CooperationSensesEleventhSessionTests
{
    private static List<EventMention> Extract(string text) => EventExtractor.Default.Extract(text, null);

    [Theory]
    // Joint drills: run, co-hosted, organised with a partner, in the active and the passive.
    [InlineData("Kazakhstan and Kyrgyzstan ran a joint counter-terrorism exercise near Bishkek in May 2024.", "KAZ", "KGZ", "062")]
    [InlineData("The United States and Thailand have co-hosted the Cobra Gold drills every year since 1982.", "USA", "THA", "062")]
    [InlineData("Indian and Mongolian troops ran joint exercises at Five Hills in July 2024.", "IND", "MNG", "062")]
    [InlineData("Mongolia co-hosted the exercise with the U.S. military in 2003.", "MNG", "USA", "062")]
    [InlineData("Egypt organised naval manoeuvres with Greece in the Mediterranean in 2021.", "EGY", "GRC", "062")]
    [InlineData("The drills were jointly organised by the Indonesian Armed Forces and the U.S. military in August 2023.", "IDN", "USA", "062")]
    // A treaty a leader put his name to, a joint declaration approved, issued or unveiled.
    [InlineData("Kazakhstan and Uzbekistan put their names to a border treaty in Tashkent in 2022.", "KAZ", "UZB", "057")]
    [InlineData("The Chinese premier put his name to the accord with Kazakhstan in Astana in 2015.", "CHN", "KAZ", "057")]
    [InlineData("Spain and Morocco approved a joint declaration in Rabat on April 7, 2022.", "ESP", "MAR", "057")]
    [InlineData("Turkey and Iraq issued a joint communique on water cooperation in 2024.", "TUR", "IRQ", "057")]
    [InlineData("India and Japan unveiled a joint declaration on security cooperation in Tokyo in 2008.", "IND", "JPN", "057")]
    // Criminals sent, extradited or surrendered to another state.
    [InlineData("Mexico sent 29 jailed drug cartel figures to the United States on Thursday.", "MEX", "USA", "063")]
    [InlineData("Ecuador extradited a gang leader to Colombia on Friday.", "ECU", "COL", "063")]
    [InlineData("Paraguay surrendered two suspected mafia bosses to Italy in 2023.", "PRY", "ITA", "063")]
    // A treaty or memorandum finalised or clinched; relations re-established or reinstated.
    [InlineData("Kyrgyzstan and Tajikistan finalised a border treaty in March 2025.", "KGZ", "TJK", "057")]
    [InlineData("Japan and Mongolia clinched a memorandum on coal exports in 2022.", "JPN", "MNG", "057")]
    [InlineData("Bahrain and Qatar re-established diplomatic relations in April 2023.", "BHR", "QAT", "054")]
    [InlineData("Egypt reinstated ties with Turkey in 2023.", "EGY", "TUR", "054")]
    // Vehicles, aircraft and boats gifted or handed over; a recipient supplied with named weapon systems.
    [InlineData("India gifted two helicopters to the Maldives in 2013.", "IND", "MDV", "070")]
    [InlineData("Japan handed over 20 fire engines to Mongolia in 2023.", "JPN", "MNG", "070")]
    [InlineData("South Korea donated three patrol boats to Vietnam in 2017.", "KOR", "VNM", "070")]
    [InlineData("Russia supplied Belarus with S-400 systems in 2024.", "RUS", "BLR", "072")]
    [InlineData("Moscow equipped Minsk with fighters in 2022.", "RUS", "BLR", "072")]
    // Money deposited in a central bank: the sum or "funds" comes before "in".
    [InlineData("China deposited 500 million yuan in Laos's central bank in 2022.", "CHN", "LAO", "071")]
    [InlineData("The UAE deposited funds in Egypt's central bank in 2023.", "ARE", "EGY", "071")]
    // Aid received with its sum between the noun and the donor.
    [InlineData("Mongolia received a grant of $20 million from Japan in 2015.", "JPN", "MNG", "070")]
    [InlineData("Ukraine has received military aid worth $2 billion from Germany this year.", "DEU", "UKR", "070")]
    [InlineData("Egypt secured loans totalling $8 billion from the IMF in March 2024.", "IMF", "EGY", "070")]
    public void CooperationAct_CodesItsEvent(string text, string source, string target, string cameo) =>
        Assert.Contains(Extract(text), e => e.Source.Code == source && e.Target.Code == target && e.Cameo.Value == cameo);

    [Theory]
    // Drills a state runs alone, troops sent to fight criminals, and a name put to a vote are no cooperation.
    [InlineData("Russian forces organised drills near the Ukrainian border in 2021.", "06")]
    [InlineData("China ran live-fire drills around Taiwan in August 2022.", "06")]
    [InlineData("Russia ran drills near the border with Lithuania in 2021.", "06")]
    [InlineData("The United States sent troops to fight drug cartels in Colombia in 2001.", "063")]
    [InlineData("Critics put the name of the deal to a vote.", "05")]
    [InlineData("Ecuador's police arrested a gang leader wanted by Colombia on Friday.", "063")]
    // A treaty not finalised, a ship supplied with fuel, a request or a delegation received: no act of the kind.
    [InlineData("Armenia and Azerbaijan failed to finalise the treaty in 2024.", "05")]
    [InlineData("China supplied the stranded vessel with fuel in 2023.", "07")]
    // A mineral deposit is no deposit of money, though a sum follows.
    [InlineData("Mongolia signed a deal with France to mine the uranium deposit in the Gobi, a project worth $1.6 billion.", "07")]
    [InlineData("A Chinese firm will develop the copper deposit in Mongolia, worth $2 billion, officials said.", "07")]
    [InlineData("Mongolia received the loan request from Laos in 2015.", "07")]
    [InlineData("Mongolia received a delegation from Japan in 2015.", "07")]
    public void NotTheAct_GivesNoEventOfTheCode(string text, string code) =>
        Assert.DoesNotContain(Extract(text), e => e.Cameo.Value.StartsWith(code, StringComparison.Ordinal));

    [Fact]
    public void SigningToldByStatesThenByLeaders_IsCodedOnce()
    {
        var events = Extract("Mongolia and Russia signed a friendship treaty in Ulaanbaatar on 3 September 2019. "
            + "Putin and Battulga signed the treaty after talks at the State Palace.");

        Assert.Single(events.Where(e => e.Cameo.Value == "057").Select(e => (e.Source.Code, e.Target.Code)).Distinct());
    }

    [Fact]
    public void SigningsByTwoDifferentOfficialsOfAState_StayTwoActs()
    {
        var events = Extract("President Tokayev signed a treaty with Putin in Moscow on 28 November 2023. "
            + "Prime Minister Smailov signed an accord with Putin in Moscow on 28 November 2023.");

        Assert.Equal(2, events.Count(e => e.Cameo.Value == "057"));
    }
}
