using System.Collections.Frozen;

namespace Orkhon.Extraction;

/// <summary>
/// Words that make a reported event not a fact: negation ("did not visit"), modality ("may revise",
/// "could sign"), condition ("if", "whether"), expectation and plans ("is expected to", "has yet to"),
/// reluctance ("unwillingness to", "resisted pressure to") and hearsay denied ("denied that", "rumours").
/// <see cref="ModalityClassifier"/> reads them and decides what the phrase is coded as.
/// </summary>
public static class ModalityCues
{
    /// <summary>Cues that cancel a phrase when they stand between its subject and it.</summary>
    public static readonly FrozenSet<string> Local = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "not", "n't", "never", "no", "neither", "nor", "may", "might", "could", "would", "should", "must", "can", "cannot",
        "likely", "unlikely", "expected", "plans", "planned", "plan", "planning", "want", "wants", "wanted", "intends", "intend", "hopes", "hope",
        "yet", "unwillingness", "reluctance", "refusal", "pressure", "resisted", "failed", "failing", "fails", "ready", "willing", "prepared",
        "seeks", "sought", "seek", "considering", "consider", "considers", "aims", "aim", "wish", "wishes", "reportedly", "allegedly", "possible", "possibly", "proposed");

    /// <summary>Of <see cref="Local"/>, the cues that deny the act outright: these never become an intent or a threat.</summary>
    public static readonly FrozenSet<string> Negation = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "not", "n't", "never", "no", "neither", "nor", "cannot", "yet", "unwillingness", "reluctance", "refusal", "pressure", "resisted", "failed", "failing", "fails", "unlikely");

    /// <summary>Of <see cref="Local"/>, the modal verbs: a hostile act under one of them and a condition is a threat ("may impose … should Minsk continue").</summary>
    public static readonly FrozenSet<string> Modal = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "may", "might", "could", "would", "should", "can");

    /// <summary>Of <see cref="Local"/>, words of a stated plan or schedule: "plans to visit", "intends to sign" are intents, as "will visit" is.</summary>
    public static readonly FrozenSet<string> Plan = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "plans", "planned", "plan", "planning", "intends", "intend");

    /// <summary>Cues that cancel every phrase after them in the sentence.</summary>
    public static readonly FrozenSet<string> SentenceWide = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "if", "whether", "unless", "rumours", "rumors", "rumour", "rumor", "speculation", "denied", "deny", "denies", "hypothetically", "imagine", "suppose");

    /// <summary>Words that state a condition anywhere in the sentence: "if", "unless", "should Minsk continue", "otherwise".</summary>
    public static readonly FrozenSet<string> Condition = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "if", "unless", "otherwise", "should");

    /// <summary>Words that say a plan did not come about: "had been due to visit Baku but postponed the trip".</summary>
    public static readonly FrozenSet<string> Unrealised = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "postponed", "cancelled", "canceled", "scrapped", "shelved", "delayed", "abandoned");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LocalLookup = Local.GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NegationLookup = Negation.GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ModalLookup = Modal.GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlanLookup = Plan.GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceWideLookup = SentenceWide.GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ConditionLookup = Condition.GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UnrealisedLookup = Unrealised.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Future markers: a planned consultation is coded as an intent to meet (036); other planned acts are not events yet.</summary>
    public static readonly FrozenSet<string> Future = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "will", "shall", "'ll");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FutureLookup = Future.GetAlternateLookup<ReadOnlySpan<char>>();
}
