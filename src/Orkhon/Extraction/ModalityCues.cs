using System.Collections.Frozen;

namespace Orkhon.Extraction;

/// <summary>
/// Words that make a reported event not a fact: negation ("did not visit"), modality ("may revise",
/// "could sign"), condition ("if", "whether"), expectation and plans ("is expected to", "has yet to"),
/// reluctance ("unwillingness to", "resisted pressure to") and hearsay denied ("denied that", "rumours").
/// </summary>
public static class ModalityCues
{
    /// <summary>Cues that cancel a phrase when they stand between its subject and it.</summary>
    public static readonly FrozenSet<string> Local = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "not", "n't", "never", "no", "neither", "nor", "may", "might", "could", "would", "should", "must", "can", "cannot",
        "likely", "unlikely", "expected", "plans", "planned", "plan", "planning", "want", "wants", "wanted", "intends", "intend", "hopes", "hope",
        "yet", "unwillingness", "reluctance", "refusal", "pressure", "resisted", "failed", "failing", "fails", "ready", "willing", "prepared",
        "seeks", "sought", "seek", "considering", "consider", "considers", "aims", "aim", "wish", "wishes", "reportedly", "allegedly", "possible", "possibly", "proposed");

    /// <summary>Cues that cancel every phrase after them in the sentence.</summary>
    public static readonly FrozenSet<string> SentenceWide = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "if", "whether", "unless", "rumours", "rumors", "rumour", "rumor", "speculation", "denied", "deny", "denies", "hypothetically", "imagine", "suppose");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LocalLookup = Local.GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceWideLookup = SentenceWide.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Future markers: a planned consultation is coded as an intent to meet (036); other planned acts are not events yet.</summary>
    public static readonly FrozenSet<string> Future = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "will", "shall", "'ll");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FutureLookup = Future.GetAlternateLookup<ReadOnlySpan<char>>();
}
