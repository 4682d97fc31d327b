namespace Orkhon.Claims;

/// <summary>One row of <c>data/claims/rules.tsv</c>: a phrase that states a claim of a kind.</summary>
/// <param name="Value">member/observer: <c>state</c> or <c>start</c>; partnership: the level; first-visit: <c>ever</c>; treaty: empty.</param>
public sealed record ClaimRule(string Id, ClaimKind Kind, string Value, ClaimPhrase Phrase, string Example, int Line)
{
    /// <summary>True when the rule states that a status began at the sentence's date ("joined … in 1997").</summary>
    public bool IsStart => Value == "start";
}
