using Orkhon.Knowledge;

namespace Orkhon.Exchange;

/// <summary>
/// Turns the actors other coders write into Orkhon's actor codes: CAMEO/ISO 3-letter country codes and the
/// organisation codes of the reference tables (GDELT, PLOVER), or country names (ICEWS), resolved with the
/// same gazetteer the extractor uses. An actor that resolves to nothing Orkhon knows is not guessed.
/// </summary>
public sealed class DatasetActors(ReferenceData reference)
{
    private readonly ReferenceData _reference = reference ?? throw new ArgumentNullException(nameof(reference));

    public static DatasetActors Default { get; } = new(ReferenceData.Default);

    /// <summary>The actor for a code, or null when the reference tables do not know it.</summary>
    public string? FromCode(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        code = code.Trim();
        return _reference.FindActor(code) is { } actor ? actor.Code : null;
    }

    /// <summary>The country (or organisation) a name denotes, or null.</summary>
    public string? FromName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        return _reference.Gazetteer.TryResolve(name, out var entry) ? entry.Code : null;
    }

    /// <summary>The name written for an actor in the formats that carry names (ICEWS, PLOVER's actor text).</summary>
    public string NameOf(string code) => _reference.NameOf(code);

    /// <summary>True when the code is a state (GDELT's actor country code column takes only those).</summary>
    public bool IsCountry(string code) => _reference.FindCountry(code) is not null;
}
