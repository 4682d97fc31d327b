using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;
using Orkhon.Text;

namespace Orkhon.Tests.Knowledge;

/// <summary>
/// The gazetteer's per-word reach (<see cref="ActorGazetteer.MaxTokensFrom"/>) bounds the lookups the mention finder tries at a
/// word: it must never be shorter than a real name starting with that word, or the name would no longer be found.
/// </summary>
public sealed class GazetteerReachTests
{
    private static ActorGazetteer Gazetteer => ReferenceData.Default.Gazetteer;

    // Every name the reference tables give a state, body, place or organisation.
    private static IEnumerable<string> Names()
    {
        var reference = ReferenceData.Default;
        return reference.Countries.SelectMany(c => new[] { c.Name, c.OfficialName }.Concat(c.AltNames))
            .Concat(reference.Agencies.SelectMany(a => a.AltNames.Prepend(a.Name)))
            .Concat(reference.Places.Select(p => p.Name))
            .Concat(reference.Organisations.Select(o => o.Name))
            .Where(n => !string.IsNullOrWhiteSpace(n))
            .Distinct(StringComparer.Ordinal);
    }

    [Fact]
    public void EveryReferenceName_IsWithinTheReachOfItsFirstToken()
    {
        var checkedNames = 0;
        foreach (var written in Names())
        {
            var name = written.Trim();
            if (name.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
            {
                name = name[4..];
            }

            if (Gazetteer.Resolve(name) is null)
            {
                continue;
            }

            var tokens = Tokenizer.Tokenize(name, 0, name.Length);
            var first = name[tokens[0].Start..tokens[0].End];
            Assert.True(Gazetteer.MayStart(first), name);
            Assert.True(Gazetteer.MaxTokensFrom(first) >= tokens.Count, $"{name}: {tokens.Count} tokens, reach {Gazetteer.MaxTokensFrom(first)}");
            Assert.True(Gazetteer.MaxTokensFrom(first) <= Gazetteer.MaxTokens, name);
            checkedNames++;
        }

        Assert.True(checkedNames > 1000, $"only {checkedNames} names checked");
    }

    [Theory]
    [InlineData("Tuesday")]
    [InlineData("However")]
    [InlineData("zzqx")]
    public void AWordNoNameStartsWith_HasNoReach(string word)
    {
        Assert.False(Gazetteer.MayStart(word));
        Assert.Equal(0, Gazetteer.MaxTokensFrom(word));
    }

    [Fact]
    public void AMultiWordName_ReachesPastItsFirstWord() =>
        Assert.True(Gazetteer.MaxTokensFrom("Shanghai") >= 3, "Shanghai Cooperation Organization");

    // The first-word tests ignore case as the names do: a word in capitals or in lower case reaches as far as it does capitalised
    // (the tests run through folded tables, which must answer as the frozen ones did).
    [Theory]
    [InlineData("Shanghai", "SHANGHAI", "shanghai")]
    [InlineData("United", "UNITED", "uNITED")]
    public void TheReach_IgnoresCase(string written, string shouted, string lowered)
    {
        Assert.True(Gazetteer.MayStart(written));
        Assert.Equal(Gazetteer.MaxTokensFrom(written), Gazetteer.MaxTokensFrom(shouted));
        Assert.Equal(Gazetteer.MaxTokensFrom(written), Gazetteer.MaxTokensFrom(lowered));
        Assert.Equal(Gazetteer.MayStart(written), Gazetteer.MayStart(shouted) && Gazetteer.MayStart(lowered));
    }

    // The ASCII fast path returns the name as it is; a curly apostrophe still takes the slow path and is straightened.
    [Theory]
    [InlineData("Antony Blinken", "Antony Blinken")]
    [InlineData("Mohammed bin Salman", "Mohammed bin Salman")]
    [InlineData("O\u2019Brien", "O'Brien")]
    public void Fold_LeavesAsciiAsItIs_AndStraightensCurlyApostrophes(string name, string folded) =>
        Assert.Equal(folded, OfficeHolderIndex.Fold(name));
}
