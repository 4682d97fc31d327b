using Orkhon.Domain;

namespace Orkhon.Storage;

/// <summary>
/// Turns the text columns of count rows (dyad-day and dyad-year) into values. Many rows share a date, a code and
/// an actor, so each distinct text is parsed, or kept, once per read.
/// </summary>
internal sealed class CountRowValues(string table)
{
    private readonly Dictionary<string, FuzzyDate?> _dates = new(StringComparer.Ordinal) { [""] = null };
    private readonly Dictionary<string, CameoCode> _codes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);

    /// <summary>A stored date; the empty text is an undated row.</summary>
    public FuzzyDate? Date(string text)
    {
        if (!_dates.TryGetValue(text, out var parsed))
        {
            _dates[text] = parsed = FuzzyDate.TryParse(text, out var d) ? d : throw new InvalidDataException($"'{text}' in {table} is not a date");
        }

        return parsed;
    }

    public CameoCode Cameo(string text)
    {
        if (!_codes.TryGetValue(text, out var code))
        {
            _codes[text] = code = StoredValues.Cameo(text);
        }

        return code;
    }

    /// <summary>One string instance per distinct actor code.</summary>
    public string Actor(string text)
    {
        if (_texts.TryGetValue(text, out var kept))
        {
            return kept;
        }

        _texts[text] = text;
        return text;
    }

    public static EventKind? Kind(string text) => StoredValues.Kind(EmptyAsNull(text));

    public static ActorRole? Role(string text) => StoredValues.Role(EmptyAsNull(text));

    private static string? EmptyAsNull(string text) => text.Length == 0 ? null : text;
}
