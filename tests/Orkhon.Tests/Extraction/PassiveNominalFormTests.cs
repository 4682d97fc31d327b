using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// Passive, nominal and light-verb forms (issue 9, class 6): the event noun opens the sentence and the actors follow
/// after "by", "to", "with" or "at". Each case is one mechanism; the sentences are our own.
/// </summary>
public sealed class PassiveNominalFormTests
{
    private static string[] Coded(string text) =>
        [.. EventExtractor.Default.Extract(text, null).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    [Theory]
    // A row that ends in a preposition ("lodge * protest with") matches its passive with the noun first; the
    // preposition's actor is the target, the actor after "by" the source.
    [InlineData("A strong protest was lodged with the Turkish embassy by the foreign ministry of Greece on Monday.", new[] { "GRC>TUR 114" })]
    [InlineData("Condolences were conveyed to Turkey by the Mongolian president on Tuesday.", new[] { "MNG>TUR 018" })]
    [InlineData("A warning was issued to the Philippines by China on Monday.", new[] { "CHN>PHL 130" })]
    // Light verb + event noun in the passive, every coordinated target acted on.
    [InlineData("An offer of mediation was made to Serbia and Kosovo by Hungary in 2023.", new[] { "HUN>SRB 039", "HUN>XKX 039" })]
    [InlineData("Harsh criticism was directed at Georgia by the European Union in 2024.", new[] { "EU>GEO 111" })]
    // Agents after "by": both states of a coordinated adjective, and the person after a possessor.
    [InlineData("Joint patrols were conducted by the Indian and French navies in the Arabian Sea in 2023.", new[] { "IND>FRA 062" })]
    [InlineData("The treaty was signed by Kazakhstan's Murat Nurtleu and Uzbekistan's foreign minister in 2024.", new[] { "KAZ>UZB 057" })]
    // A group that only suffers acts is the one acted on when the agent is named.
    [InlineData("Two Japanese nationals were detained by Chinese police in Beijing in 2023.", new[] { "CHN>JPN 173" })]
    // A participle with its agent after "by" is a verb even after "a NOUN"; the sides named after "between" are acted on.
    // The truce itself is the two sides' (0871, the row yield-n-truce-between).
    [InlineData("A truce between Armenia and Azerbaijan held on Friday under an accord brokered by Russia in 2020.", new[] { "ARM>AZE 0871", "RUS>ARM 045", "RUS>AZE 045" })]
    [InlineData("Trade rose after a treaty signed by Kazakhstan and Uzbekistan in 2022.", new[] { "KAZ>UZB 057" })]
    public void Extract_PassiveWithTheNounFirst(string text, string[] expected) => Assert.Equal(expected, Coded(text));

    [Theory]
    // Light verb + event noun, active.
    [InlineData("Serbia levelled accusations against Kosovo over the arrests in 2023.", new[] { "SRB>XKX 112" })]
    [InlineData("Hungary leveled sharp criticism at the European Union over frozen funds in 2023.", new[] { "HUN>EU 111" })]
    [InlineData("Turkey made an offer of mediation to Russia and Ukraine in 2022.", new[] { "TUR>RUS 039", "TUR>UKR 039" })]
    [InlineData("Kazakhstan, Kyrgyzstan and Uzbekistan held a video conference on energy in 2024.", new[] { "KAZ>KGZ 041", "KAZ>UZB 041", "KGZ>UZB 041" })]
    [InlineData("Vladimir Putin sent congratulations to Mongolia's president on his election in 2021.", new[] { "RUS>MNG 051" })]
    [InlineData("Kazakhstan and Kyrgyzstan exchanged greetings on the anniversary of their relations in 2022.", new[] { "KAZ>KGZ 051", "KGZ>KAZ 051" })] // each side's praise to the other (p9-cooperation)
    // A nominal joint exercise with its agents after "by".
    [InlineData("Joint air drills by China and Russia took place over the Sea of Japan in 2022.", new[] { "CHN>RUS 062" })]
    public void Extract_LightVerbAndNominalForms(string text, string[] expected) => Assert.Equal(expected, Coded(text));

    [Theory]
    // A call named by its parties after "between", when the sentence is about it: opening it, or after "after"/"during".
    [InlineData("A phone call between the Turkish and Russian presidents took place in March 2022.", new[] { "TUR>RUS 041" })]
    [InlineData("After a rare telephone conversation between Japan and North Korea in 2024, both sides stayed silent.", new[] { "JPN>PRK 041" })]
    public void Extract_NounWithItsPartiesAfterBetween(string text, string[] expected) => Assert.Equal(expected, Coded(text));

    [Theory]
    // A call that is the object of another act, or a generic one, is none.
    [InlineData("The newspaper described a phone call between the Armenian and Azerbaijani leaders.")]
    [InlineData("Diplomats were promoting calls between Armenia and Azerbaijan in 2023.")]
    public void Extract_NounBetweenPartiesAsAnObject_IsNoEvent(string text) => Assert.Empty(Coded(text));

    [Theory]
    // A state's own exercise is no joint one; a weak group before a passive with no agent is no target; a levelled
    // field is no criticism.
    [InlineData("China's drills around the island drew protests from residents.")]
    [InlineData("Three Chinese nationals were arrested in Palawan on Wednesday.")]
    [InlineData("Kazakhstan levelled the ground for a new stadium in Astana in 2023.")]
    public void Extract_LookalikesOfTheseForms_AreNoEvents(string text) => Assert.Empty(Coded(text));
}
