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

    /// <summary>Looks an acronym up without allocating a string.</summary>
    public bool TryAcronym(ReadOnlySpan<char> name, out string code)
    {
        code = "";
        return Acronyms.Count > 0 && Acronyms.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out code!);
    }

    public IReadOnlyList<ActorMention> Recent => _recent;

    /// <summary>The last event coded in the document ("He was followed by X" repeats it with another actor).</summary>
    public EventMention? LastEvent { get; set; }

    /// <summary>
    /// The date an undated sentence takes: the last sentence's own date, carried through any number of sentences that
    /// give none (see <c>DateAttacher.SentenceDate</c>).
    /// </summary>
    public FuzzyDate? CarriedDate { get; set; }

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
        var all = _recent.Concat(current).Where(m => m.Kind != MentionKind.Coreference && !m.IsWeak).ToList();
        var picked = new List<string>();
        // A province or a non-capital city is a party only when the parties named are too few: after "talks in
        // Geneva" the two sides are still the two states, but after "Xi arrived in Samarkand" one of them is Uzbekistan.
        foreach (var places in (bool[])[false, true])
        {
            for (var k = all.Count - 1; k >= 0 && picked.Count < 2; k--)
            {
                if ((all[k].Kind == MentionKind.Place) == places && !picked.Contains(all[k].Code))
                {
                    picked.Add(all[k].Code);
                }
            }
        }

        // In the order the text first named them: "Japan and Mongolia … in Tokyo. Both sides" is Japan, then Mongolia.
        return picked.OrderBy(code => all.FindIndex(m => m.Code == code)).ToList();
    }

    /// <summary>The last person mentioned (for "he", "she", "his").</summary>
    public ActorMention? LastPerson(IReadOnlyList<ActorMention> current) =>
        current.LastOrDefault(IsIndividual) ?? _recent.LastOrDefault(IsIndividual);

    /// <summary>The last person named before the current sentence (for "him", which is not the sentence's own subject).</summary>
    public ActorMention? EarlierPerson() => _recent.LastOrDefault(IsIndividual);

    // A named person, or one office-holder ("Kazakhstan's foreign minister").
    private static bool IsIndividual(ActorMention m) =>
        m.Kind == MentionKind.Person || (m.Kind is MentionKind.Name or MentionKind.Adjective && m.Role is ActorRole.HeadOfState or ActorRole.HeadOfGovernment or ActorRole.ForeignMinistry && !m.IsPlace);

    /// <summary>The last state mentioned (for "the country").</summary>
    public ActorMention? LastActor(IReadOnlyList<ActorMention> current) =>
        current.LastOrDefault(m => m.Kind != MentionKind.Coreference && !m.IsPlace && !m.IsWeak) ?? _recent.LastOrDefault(m => !m.IsPlace);
}
