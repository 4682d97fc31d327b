using Orkhon.Extraction.Mentions;
using Orkhon.Knowledge;

namespace Orkhon.Tests.Extraction.Mentions;

/// <summary>
/// The office-holder table's names and the surnames it derives from them never stand for a state: an alternate form such as
/// "Philippe of Belgium" would index its last word, "Belgium", as that person, so that the state's own name read as its king.
/// </summary>
public sealed class OfficeHolderNameTests
{
    [Fact]
    public void NoStateNameCapitalOrAdjective_IsAnOfficeHoldersName()
    {
        var people = OfficeHolderIndex.Default;
        var clashes = ReferenceData.Default.Countries
            .SelectMany(c => new[] { c.Name, c.Capital }.Concat(c.Adjectives).OfType<string>().Select(n => (c.Code, Name: n)))
            .Where(n => people.IsKnownName(OfficeHolderIndex.Fold(n.Name)))
            .Select(n => $"{n.Code}: {n.Name}")
            .ToList();

        Assert.True(clashes.Count == 0, $"state names indexed as people: {string.Join(", ", clashes)}");
    }
}
