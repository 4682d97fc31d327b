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
            if (m.Kind != MentionKind.Coreference && !m.IsPlace)
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
        var codes = new List<string>();
        foreach (var m in current.Concat(Enumerable.Reverse(_recent)))
        {
            if (m.Kind != MentionKind.Coreference && !codes.Contains(m.Code))
            {
                codes.Add(m.Code);
                if (codes.Count == 2)
                {
                    break;
                }
            }
        }

        return codes;
    }

    /// <summary>The last person mentioned (for "he", "she", "his").</summary>
    public ActorMention? LastPerson(IReadOnlyList<ActorMention> current) =>
        current.LastOrDefault(m => m.Kind == MentionKind.Person) ?? _recent.LastOrDefault(m => m.Kind == MentionKind.Person);

    /// <summary>The last state mentioned (for "the country").</summary>
    public ActorMention? LastActor(IReadOnlyList<ActorMention> current) =>
        current.LastOrDefault(m => m.Kind != MentionKind.Coreference) ?? _recent.LastOrDefault();

    public static ActorRole? RoleOf(ActorMention? m) => m?.Role;
}
