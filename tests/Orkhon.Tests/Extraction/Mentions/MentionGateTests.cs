using FsCheck;
using FsCheck.Fluent;
using Orkhon.Extraction;
using Orkhon.Extraction.Mentions;
using Orkhon.Extraction.Time;
using Orkhon.Text;

namespace Orkhon.Tests.Extraction.Mentions;

/// <summary>
/// The mention finder skips words no reader can start at (MentionFinder.MayStartMention). The gate must change nothing: a
/// document read with it gives the same mentions, sentence by sentence, as one read through the whole chain at every word.
/// </summary>
public sealed class MentionGateTests
{
    private static readonly DateOnly Day = new(2024, 6, 12);

    // Words of every kind the readers test, and common words none does: names, people, offices, pronouns, collectives, seats,
    // hyphenated compounds, numbers, possessives, a dateline.
    private static readonly string[] Vocabulary =
    [
        "the", "The", "both", "Both", "each", "side", "sides", "parties", "two", "three", "countries", "leaders", "him", "them", "their",
        "between", "it", "It", "its", "airspace", "he", "she", "his", "her", "They", "said", "met", "visited", "in", "to", "of", "and",
        "on", "Monday", "talks", "agreed", "condemned", "officials", "foreign", "minister", "Foreign", "Minister", "president", "President",
        "prime", "defence", "ministry", "government", "troops", "a", "team", "delegation", "led", "by", "from", "Mongolia", "Mongolian",
        "China", "Chinese", "Russia", "Russian", "Kazakhstan", "Japan", "Ulaanbaatar", "Moscow", "Kremlin", "Beijing", "Baltic", "states",
        "Gulf", "Arab", "Koreas", "all", "Russian-Chinese", "Saudi-led", "coalition", "one-China", "policy", "Panama-flagged", "tanker",
        "London-based", "firm", "Putin", "Vladimir", "Xi", "Jinping", "Khurelsukh", "'s", "country", "kingdom", "capital", "agency", "bloc",
        "NATO", "IAEA", "United", "Nations", "Security", "Council", "former", "ex-", "7", "2024", "relations", "Mongolia-Russia", "in-depth",
        "North", "South", "(", ")", "SCO", "KZR", "against", "match", "series", "state-owned", "counterpart", "visiting",
        "KZ", "K", "Z", "R", "Hague", "Gambia", "Bahamas", "Shanghai", "Cooperation", "Organisation", "Organization", "Particularly",
    ];

    [Theory]
    [InlineData("ULAANBAATAR, June 12 (Reuters) - Mongolian President Khurelsukh met the visiting Chinese foreign minister on Monday. The two sides agreed to expand trade, and he said the country would open a new crossing.")]
    [InlineData("The Kremlin said Russian-Chinese drills had begun. It said both countries condemned the Saudi-led coalition, and the three Baltic states protested. Each side blamed the other.")]
    [InlineData("Vladimir Putin hosted Xi Jinping in Moscow. The leaders signed 13 agreements after their talks, and Putin thanked him. Officials from Japan said the agency's chief would visit them.")]
    [InlineData("Belarus said Polish helicopters had violated its airspace, and the talks between them collapsed; a team of Chinese police officers arrived in the capital.")]
    public void Gate_ChangesNoMention_InOwnSentences(string text) =>
        Assert.Equal(Read(text, gated: false), Read(text, gated: true));

    [Fact]
    public void AnAcronymTheDocumentDefined_IsStillReadAfterNames()
    {
        var text = "Kazakhstan (KZR) signed a deal with Mongolia on Monday. The next day KZR and Mongolian Foreign Minister officials met in Astana.";
        var second = Read(text, gated: true)[1];
        Assert.Contains(" KAZ ", second);
        Assert.Equal(Read(text, gated: false), Read(text, gated: true));
    }

    // Once a document has defined an acronym, a capitalised word is tried as an acronym's start only when some acronym starts
    // with it (MentionContext.MayStartAcronym); "The" before a name is still read as before.
    [Theory]
    [InlineData("The Shanghai Cooperation Organisation (SCO) met in Astana. The Gambia and The Bahamas sent envoys, and SCO members met them.")]
    [InlineData("Kazakhstan (KZR) signed a deal with Mongolia. Particularly KZR, the Hague court and The Hague said KZ was welcome.")]
    [InlineData("NATO condemned Russia. The Netherlands (NL) and the International Atomic Energy Agency (IAEA) met; NL and IAEA officials agreed.")]
    public void AcronymGate_ChangesNoMention_InOwnSentences(string text) =>
        Assert.Equal(Read(text, gated: false), Read(text, gated: true));

    [Fact]
    public void AcronymStarts_AreThePrefixesOfTheAcronymsLearned()
    {
        var context = new MentionContext();
        Assert.False(context.MayStartAcronym("S"));
        context.LearnAcronym("SCO", "SCO");
        Assert.True(context.MayStartAcronym("S") && context.MayStartAcronym("SC") && context.MayStartAcronym("SCO"));
        Assert.False(context.MayStartAcronym("SCOT") || context.MayStartAcronym("Sc") || context.MayStartAcronym("CO") || context.MayStartAcronym("The"));
        Assert.Equal("SCO", context.Acronyms["SCO"]);
    }

    [Fact]
    public void Property_Gate_ChangesNoMention() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1000), Prop.ForAll(
            Gen.Elements(Vocabulary).ListOf().Select(words => string.Join(' ', words) + ".").ListOf().Select(s => string.Join(' ', s)).ToArbitrary(),
            text => Read(text, gated: false).SequenceEqual(Read(text, gated: true))));

    [Theory]
    [InlineData("said")]
    [InlineData("on")]
    [InlineData("talks")]
    [InlineData("2024")]
    public void Gate_SkipsWordsNoReaderStartsAt(string word) =>
        Assert.False(MentionFinder.MayStartMention(word));

    [Theory]
    [InlineData("the")]
    [InlineData("him")]
    [InlineData("its")]
    [InlineData("he")]
    [InlineData("officials")]
    [InlineData("three")]
    [InlineData("team")]
    [InlineData("Moscow")]
    [InlineData("one-China")]
    [InlineData("'s")]
    public void Gate_KeepsWordsAReaderStartsAt(string word) =>
        Assert.True(MentionFinder.MayStartMention(word));

    // The gate looks a word up in one set of every reader's first words before it asks the readers: a word of any reader's
    // table must pass, as written and in lower case where the reader ignores case.
    [Fact]
    public void Gate_KeepsEveryFirstWordOfTheTables()
    {
        string[] asWritten = [.. StateCollectives.StartWords, .. SeatsOfPower.FirstWords];
        string[] anyCase = [.. RoleWords.FirstWords, .. BodyReferences.TeamNouns];
        Assert.All(asWritten, w => Assert.True(MentionFinder.MayStartMention(w), w));
        Assert.All(anyCase, w => Assert.True(MentionFinder.MayStartMention(w) && MentionFinder.MayStartMention(w.ToLowerInvariant()), w));
    }

    // Each sentence's mentions, described in full, with the context carried from sentence to sentence as the extractor does.
    private static List<string> Read(string text, bool gated)
    {
        var context = new MentionContext();
        var anchor = new TimeAnchor(Day, null);
        var described = new List<string>();
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            var timed = TimedTokens.Tag(text, (sentence.Start, sentence.End), anchor, null);
            var found = MentionFinder.Default.Find(text, timed.Tokens, timed.Blocked, Day, context, gated);
            context.Remember(found);
            described.Add(string.Join(" | ", found.Select(Describe)));
        }

        return described;
    }

    private static string Describe(ActorMention m) =>
        $"{m.First}-{m.Last} {string.Join(',', m.Codes)} {m.Role} {m.Kind} place={m.IsPlace} poss={m.IsPossessive} weak={m.IsWeak} "
        + $"title={m.Title} collective={m.IsCollective} person={m.PersonName}";
}
