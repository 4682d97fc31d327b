using FsCheck;
using FsCheck.Fluent;
using Orkhon.Extraction;
using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;
using Orkhon.Text;

namespace Orkhon.Tests.Extraction.Mentions;

/// <summary>The dateline of agency copy says where a story was filed; it is never an actor of the sentence.</summary>
public sealed class DatelineTests
{
    private static int Length(string text) => Dateline.Length(text, Tokenizer.Tokenize(text, 0, text.Length), ReferenceData.Default.Gazetteer);

    [Theory]
    [InlineData("ASTANA, June 3 (Reuters) - Kazakhstan criticised Russia.", 8)]
    [InlineData("BEIJING (AP) \u2014 China criticised Japan.", 5)]
    [InlineData("ULAANBAATAR, Jan. 5 (Xinhua) -- Mongolia hosted Japan.", 10)] // "Jan" and "." are two tokens
    [InlineData("NEW DELHI, March 1 (Reuters) - India criticised Pakistan.", 9)]
    [InlineData("WASHINGTON/BEIJING (Reuters) - The talks ended.", 7)]
    [InlineData("MOSCOW - Russia criticised Finland.", 2)] // a city in capitals and a dash: no date or agency needed
    public void Dateline_IsMeasuredToItsDash(string text, int tokens) => Assert.Equal(tokens, Length(text));

    // The dash that closes a dateline, as one token, in the four spellings agencies use; nothing else is one.
    [Theory]
    [InlineData("-", true)]
    [InlineData("--", true)]
    [InlineData("\u2013", true)]
    [InlineData("\u2014", true)]
    [InlineData("---", false)]
    [InlineData(",", false)]
    [InlineData("(", false)]
    [InlineData("", false)]
    public void IsClosingDash_KnowsTheDashSpellings(string token, bool expected) => Assert.Equal(expected, Dateline.IsClosingDash(token));

    [Theory]
    [InlineData("NATO - the alliance - criticised Russia.")] // an acronym in capitals is not a filing place
    [InlineData("NATO, the EU and the UN criticised Russia on Monday.")]
    [InlineData("Astana, the capital, hosted the summit.")] // not in capitals
    [InlineData("The U.S. - China talks ended.")]
    [InlineData("")]
    public void NoDateline_IsZero(string text) => Assert.Equal(0, Length(text));

    [Fact]
    public void DatelineCity_IsNeverTheSource()
    {
        // Without the rule, BEIJING was read as China acting before the sentence's own subject.
        var events = EventExtractor.Default.Extract("BEIJING, Sept 12 (Xinhua) -- Brazil's foreign minister met Russia's foreign minister on Thursday.", new DateOnly(2024, 9, 12));
        Assert.DoesNotContain(events, e => e.Source.Code == "CHN" || e.Target.Code == "CHN");
        Assert.Contains(events, e => e.Source.Code == "BRA" && e.Target.Code == "RUS");
    }

    [Fact]
    public void Dateline_NeverRunsPastTheText() =>
        // Any string: the measured dateline fits in the tokens and the cap.
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), s =>
        {
            var text = s ?? "";
            var tokens = Tokenizer.Tokenize(text, 0, text.Length);
            var n = Dateline.Length(text, tokens, ReferenceData.Default.Gazetteer);
            return n >= 0 && n <= tokens.Count && n <= Dateline.MaxTokens + Dateline.MaxDashes;
        }).QuickCheckThrowOnFailure();
}
