using Orkhon.Domain;
using Orkhon.Extraction;

namespace Orkhon.Tests.Extraction.Mentions;

/// <summary>
/// The actor challenge set (<c>TestData/mentions/challenge.tsv</c>): sentences written in agency style that name their
/// actors by seat of power, title without a name, title with a name no table knows, demonym and group noun, collective
/// ("the three Baltic states", "the two Koreas"), sub-national place, flagged ship and "the country's"; each line says
/// which actor and role the corpus README prescribes, or which state must not act.
/// </summary>
public sealed class MentionChallengeTests
{
    private static readonly string s_path = Path.Combine(RepositoryRoot.Path, "tests", "Orkhon.Tests", "TestData", "mentions", "challenge.tsv");

    public static TheoryData<string, string, string> Lines()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var line in File.ReadLines(s_path))
        {
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("text\t", StringComparison.Ordinal))
            {
                continue;
            }

            var cells = line.Split('\t');
            Assert.True(cells.Length == 3, $"{s_path}: expected 3 columns in: {line}");
            data.Add(cells[0], cells[1], cells[2]);
        }

        return data;
    }

    [Fact]
    public void ChallengeSet_HasEightyCases() => Assert.True(Lines().Count >= 80);

    [Theory]
    [MemberData(nameof(Lines))]
    public void Sentence_ResolvesItsActors(string text, string docDate, string expected)
    {
        var events = EventExtractor.Default.Extract(text, DateOnly.ParseExact(docDate, "yyyy-MM-dd"));
        var found = string.Join(", ", events.Select(e => $"{e.Source.Code}/{RoleName(e.Source.Role)}>{e.Target.Code}/{RoleName(e.Target.Role)} {e.Cameo}"));
        foreach (var want in expected.Split(" ; "))
        {
            Assert.True(Holds(want, events), $"expected {want}; found [{found}]");
        }
    }

    private static string RoleName(ActorRole? role) => role is { } r ? r.ToName() : "null";

    private static bool Holds(string want, List<EventMention> events)
    {
        if (want == "none")
        {
            return events.Count == 0;
        }

        if (want.StartsWith('!'))
        {
            return !events.Any(e => e.Source.Code == want[1..]);
        }

        var symmetric = want.Contains('~');
        var ends = want.Split(symmetric ? '~' : '>');
        var (source, sourceRole) = End(ends[0]);
        var (target, targetRole) = End(ends[1]);
        return events.Any(e => Matches(e.Source, source, sourceRole) && Matches(e.Target, target, targetRole))
            || (symmetric && events.Any(e => Matches(e.Source, target, targetRole) && Matches(e.Target, source, sourceRole)));
    }

    private static (string Code, string Role) End(string text)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? (text, "*") : (text[..slash], text[(slash + 1)..]);
    }

    private static bool Matches(ActorRef actor, string code, string role) =>
        actor.Code == code && (role == "*" || role == RoleName(actor.Role));
}
