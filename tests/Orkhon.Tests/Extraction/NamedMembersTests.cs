using Orkhon.Extraction;
using Orkhon.Extraction.Lexicon;
using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A fixed group of states acted on ("the Gulf states", "the Baltic states") stands for the members the document names when
/// it names some but not all of them (<see cref="NamedMembers"/>, the <see cref="ExtractionGuards.UnnamedMembers"/> switch);
/// a group none of whose members is named, or all of whose members are named, stands for each member. The sentences are our own.
/// </summary>
public sealed class NamedMembersTests
{
    private static string[] Coded(string text, ExtractionOptions? options = null) =>
        [.. new EventExtractor(new SentenceExtractor(EventLexicon.Default, MentionFinder.Default, ReferenceData.Default, options ?? ExtractionOptions.Default))
            .Extract(text, new DateOnly(2025, 3, 4)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}").Distinct().Order(StringComparer.Ordinal)];

    private const string SaudiNamed = "Saudi jets struck rebel positions in Yemen on Sunday. On Monday Yemen's president appealed to the Gulf states for help.";

    [Fact]
    public void Extract_GroupAfterOneMemberNamed_IsThatMember() =>
        Assert.Equal(["SAU>YEM 195", "YEM>SAU 023"], Coded(SaudiNamed));

    // Twins: no member named, or every member named, leaves the group as each of its members.
    [Theory]
    [InlineData("On Monday Yemen's president appealed to the Gulf states for help.", new[] { "YEM>ARE 023", "YEM>BHR 023", "YEM>KWT 023", "YEM>OMN 023", "YEM>QAT 023", "YEM>SAU 023" })]
    [InlineData("Russia criticised the Baltic states on Monday.", new[] { "RUS>EST 111", "RUS>LTU 111", "RUS>LVA 111" })]
    [InlineData("Latvia, Lithuania and Estonia met on Monday. Russia later criticised the Baltic states.", new[] { "LTU>EST 040", "LVA>EST 040", "LVA>LTU 040", "RUS>EST 111", "RUS>LTU 111", "RUS>LVA 111" })]
    public void Extract_GroupWithNoneOrAllNamed_IsEachMember(string text, string[] expected) => Assert.Equal(expected, Coded(text));

    [Fact]
    public void Extract_SwitchedOff_LetsEveryMemberThrough()
    {
        var off = ExtractionOptions.Default with { Guards = ExtractionGuards.All & ~ExtractionGuards.UnnamedMembers };
        Assert.Contains("YEM>OMN 023", Coded(SaudiNamed, off));
    }
}
