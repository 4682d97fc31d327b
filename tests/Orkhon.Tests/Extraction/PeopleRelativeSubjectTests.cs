using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction;

/// <summary>
/// A "who" clause after people no table names as an actor ("rebels who seized…", "gunmen who killed…") has no named
/// subject: its act is not the main clause subject's, and a party named inside it is no target of that subject (branch
/// p25-precision2). An actor before "who" stays the clause's subject, and a crowd keeps the state it protests in. The
/// sentences are our own.
/// </summary>
public sealed class PeopleRelativeSubjectTests
{
    private static string[] Coded(string text) =>
        [.. EventExtractor.Default.Extract(text, new DateOnly(2024, 5, 1)).Select(e => $"{e.Source.Code}>{e.Target.Code} {e.Cameo}")];

    // Hard negatives: the act inside the clause is not the main subject's.
    [Theory]
    [InlineData("Britain condemned the rebels who seized the Congolese city of Goma.", "GBR>COD")]
    [InlineData("Burundi accused Kigali of backing gunmen who killed 20 people in an attack near the Congolese border.", "BDI>COD")]
    [InlineData("Washington sanctioned the hackers who attacked South Korean banks last year.", "USA>KOR")]
    [InlineData("The ministry said Iran was arming militants who shelled Israeli towns.", "IRN>ISR")]
    [InlineData("Ankara has long accused Athens of sheltering the officers who stormed Turkish army bases in 2016.", "GRC>TUR 19")]
    public void Extract_WhoClauseAfterPeople_IsNotTheMainSubjectsAct(string text, string wrongPair) =>
        Assert.DoesNotContain(Coded(text), c => c.StartsWith(wrongPair, StringComparison.Ordinal));

    // An actor before "who" is the clause's subject.
    [Theory]
    [InlineData("Putin, who visited Beijing in May, criticised the United States.", "RUS>CHN 042")]
    [InlineData("The Mongolian minister who visited Beijing criticised Japan.", "MNG>CHN 042")]
    public void Extract_ActorBeforeWho_StaysTheSubject(string text, string expected) =>
        Assert.Contains(expected, Coded(text));
}
