using Orkhon.Domain;

namespace Orkhon.Extraction.Mentions;

/// <summary>
/// What a document has said so far that later sentences lean on: acronyms it defined ("(SCO)"), the
/// actors and people it mentioned most recently (for "the two countries", "he"), and the date of the
/// last event (for "the next day").
/// </summary>
public sealed class MentionContext
{
    private readonly List<ActorMention> _recent = [];

    public Dictionary<string, string> Acronyms { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<ActorMention> Recent => _recent;

    public void Remember(IEnumerable<ActorMention> mentions)
    {
        foreach (var m in mentions)
        {
            // Places count too: "Khurelsukh arrived in Bishkek… The two presidents" are Mongolia's and Kyrgyzstan's.
            if (m.Kind != MentionKind.Coreference && !m.IsWeak)
            {
                _recent.Add(m);
            }
        }

        // Only the last few sentences matter for coreference.
        if (_recent.Count > 24)
        {
            _recent.RemoveRange(0, _recent.Count - 24);
        }
    }

    /// <summary>The last two different states or organisations mentioned (for "the two countries", "both sides").</summary>
    public IReadOnlyList<string> LastPair(IReadOnlyList<ActorMention> current)
    {
        var picked = new List<(string Code, int Order)>();
        var order = 0;
        foreach (var m in Enumerable.Reverse(current).Concat(Enumerable.Reverse(_recent)))
        {
            order++;
            if (m.Kind != MentionKind.Coreference && !m.IsWeak && !picked.Exists(p => p.Code == m.Code))
            {
                picked.Add((m.Code, order));
                if (picked.Count == 2)
                {
                    break;
                }
            }
        }

        // In the order the text named them: "Japan and Mongolia … Both sides" is Japan, then Mongolia.
        return picked.OrderByDescending(p => p.Order).Select(p => p.Code).ToList();
    }

    /// <summary>The last person mentioned (for "he", "she", "his").</summary>
    public ActorMention? LastPerson(IReadOnlyList<ActorMention> current) =>
        current.LastOrDefault(m => m.Kind == MentionKind.Person) ?? _recent.LastOrDefault(m => m.Kind == MentionKind.Person);

    /// <summary>The last state mentioned (for "the country").</summary>
    public ActorMention? LastActor(IReadOnlyList<ActorMention> current) =>
        current.LastOrDefault(m => m.Kind != MentionKind.Coreference && !m.IsPlace && !m.IsWeak) ?? _recent.LastOrDefault(m => !m.IsPlace);

    public static ActorRole? RoleOf(ActorMention? m) => m?.Role;
}
