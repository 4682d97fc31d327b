using Orkhon.Domain;

namespace Orkhon.Extraction.Mentions;

/// <summary>
/// An actor named in a sentence: its token range, the actor code(s) it stands for (two for "the two
/// countries"), the role when the text gives one, and whether it was used as a place ("in Astana").
/// </summary>
public sealed record ActorMention(int First, int Last, IReadOnlyList<string> Codes, ActorRole? Role, MentionKind Kind, bool IsPlace, bool IsPossessive)
{
    public string Code => Codes[0];

    /// <summary>Whether the (first) code is a state of the reference data, not an organisation or a collective.</summary>
    public bool NamesAState => IsStateCode(Code);

    /// <summary>A state's code: three letters that the reference data knows as a country.</summary>
    public static bool IsStateCode(string code) => code.Length == 3 && Knowledge.ReferenceData.Default.FindCountry(code) is not null;

    /// <summary>
    /// A nationality with no acting head noun ("Mongolian trucks", "Kyrgyz banks"): good enough as the
    /// target of an act, never as the one who acts.
    /// </summary>
    public bool IsWeak { get; init; }

    /// <summary>The office the text gave, lower case ("foreign minister"), for "the minister" later.</summary>
    /// <remarks>For a name of several words, its last word ("court" for "International Criminal Court"), for "the court" later.</remarks>
    public string? Title { get; init; }

    /// <summary>
    /// A fixed group of states named as one ("the three Baltic states", "both Koreas"): each member acts, or is acted upon,
    /// as if each were named (<see cref="StateCollectives"/>).
    /// </summary>
    public bool IsCollective { get; init; }

    /// <summary>A collective's members, one mention each over the same words; any other mention alone.</summary>
    public List<ActorMention> Members() => IsCollective ? [.. Codes.Select(c => this with { Codes = [c], IsCollective = false })] : [this];

    /// <summary>Person names resolved through the office-holder table (for "he"/"she" later).</summary>
    public string? PersonName { get; init; }
}
