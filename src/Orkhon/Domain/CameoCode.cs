using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Orkhon.Domain;

/// <summary>
/// A CAMEO event code, checked once: two to four ASCII digits whose first two (the root) are 01–20.
/// Whether the code is in the catalogue (and its name and Goldstein value) is the business of
/// <c>Knowledge.CameoCatalog</c>; this type knows only the code's shape: its root, quad class and family.
/// </summary>
/// <remarks>
/// Codes are stored as text with their leading zero (<c>042</c>), so families are prefixes:
/// <c>0423</c> is in <c>042</c>, which is in <c>04</c>. <c>default(CameoCode)</c> is not a code;
/// every member that needs the digits refuses it.
/// </remarks>
public readonly record struct CameoCode
{
    /// <summary>CAMEO 02, appeal.</summary>
    public static readonly CameoCode Appeal = new("02");

    /// <summary>CAMEO 03, express intent to cooperate.</summary>
    public static readonly CameoCode ExpressIntentToCooperate = new("03");

    /// <summary>CAMEO 031, express intent to engage in material cooperation.</summary>
    public static readonly CameoCode IntendMaterialCooperation = new("031");

    /// <summary>CAMEO 033, express intent to provide material aid.</summary>
    public static readonly CameoCode IntendMaterialAid = new("033");

    /// <summary>CAMEO 036, express intent to meet or negotiate.</summary>
    public static readonly CameoCode IntendToMeet = new("036");

    /// <summary>CAMEO 04, consult.</summary>
    public static readonly CameoCode Consult = new("04");

    /// <summary>CAMEO 042, make a visit: the source travels.</summary>
    public static readonly CameoCode MakeVisit = new("042");

    /// <summary>CAMEO 074, provide military protection or peacekeeping: service abroad is towards the state served in.</summary>
    public static readonly CameoCode ProvideMilitaryProtection = new("074");

    /// <summary>CAMEO 043, host a visit: the source receives.</summary>
    public static readonly CameoCode HostVisit = new("043");

    /// <summary>CAMEO 05, engage in diplomatic cooperation.</summary>
    public static readonly CameoCode DiplomaticCooperation = new("05");

    /// <summary>CAMEO 054, grant diplomatic recognition.</summary>
    public static readonly CameoCode GrantRecognition = new("054");

    /// <summary>CAMEO 057, sign formal agreement.</summary>
    public static readonly CameoCode SignAgreement = new("057");

    /// <summary>CAMEO 06, engage in material cooperation.</summary>
    public static readonly CameoCode MaterialCooperation = new("06");

    /// <summary>CAMEO 07, provide aid.</summary>
    public static readonly CameoCode ProvideAid = new("07");

    /// <summary>CAMEO 10, demand.</summary>
    public static readonly CameoCode Demand = new("10");

    /// <summary>CAMEO 13, threaten.</summary>
    public static readonly CameoCode Threaten = new("13");

    /// <summary>CAMEO 19, fight.</summary>
    public static readonly CameoCode Fight = new("19");

    private readonly string? _value;

    private CameoCode(string value) => _value = value;

    /// <summary>The code as text, leading zero included (<c>042</c>).</summary>
    public string Value => _value ?? throw new InvalidOperationException("default(CameoCode) is not a CAMEO code.");

    /// <summary>The two-digit root, e.g. <c>04</c> for <c>042</c>.</summary>
    public CameoCode Root => Value.Length == 2 ? this : new CameoCode(Value[..2]);

    /// <summary>The code one level up (<c>042</c> for <c>0423</c>, <c>04</c> for <c>042</c>); null for a root.</summary>
    public CameoCode? Parent => Value.Length == 2 ? null : new CameoCode(Value[..^1]);

    /// <summary>The root as a number, 1 to 20.</summary>
    public int RootNumber => ((Value[0] - '0') * 10) + (Value[1] - '0');

    /// <summary>1 for roots, 2 for three-digit codes, 3 for four-digit codes.</summary>
    public int Level => Value.Length - 1;

    public QuadClass QuadClass => RootNumber switch
    {
        <= 5 => QuadClass.VerbalCooperation,
        <= 8 => QuadClass.MaterialCooperation,
        <= 13 => QuadClass.VerbalConflict,
        _ => QuadClass.MaterialConflict,
    };

    /// <summary>Whether this code is <paramref name="family"/> or one of its descendants (<c>0423</c> is in <c>042</c> and in <c>04</c>).</summary>
    public bool IsIn(CameoCode family) => Value.StartsWith(family.Value, StringComparison.Ordinal);

    /// <summary>
    /// Whether the act is symmetric: consultation (04), diplomatic cooperation (05), material cooperation (06) and fighting
    /// (19) are done together, so A→B and B→A are one event. Orkhon's one convention for them: extraction codes one event per
    /// unordered pair (the earlier-named party as source), and scoring, merging (ingest and import) and the stores' lookups
    /// match them in either direction; exports write the one stored event once. Every other root, intents (03) included,
    /// is directed.
    /// </summary>
    public bool IsSymmetric => RootNumber is 4 or 5 or 6 or 19;

    /// <summary>Whether the two codes share a root.</summary>
    public bool SameRootAs(CameoCode other) => string.CompareOrdinal(Value, 0, other.Value, 0, 2) == 0;

    /// <summary>Whether <paramref name="text"/> has the shape of a CAMEO code: 2–4 ASCII digits with a root from 01 to 20.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out CameoCode code)
    {
        code = default;
        if (text is null || text.Length is < 2 or > 4)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        var root = ((text[0] - '0') * 10) + (text[1] - '0');
        if (root is < 1 or > 20)
        {
            return false;
        }

        code = new CameoCode(text);
        return true;
    }

    /// <summary>Parses a code that has already been validated (a catalogue, lexicon or knowledge-base code); a bad one is a bug.</summary>
    /// <exception cref="FormatException"><paramref name="text"/> is not a CAMEO code.</exception>
    public static CameoCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"'{text}' is not a CAMEO code (2 to 4 digits, root 01 to 20).");

    /// <summary>Returns <paramref name="code"/>, refusing <c>default(CameoCode)</c>: records that hold a code call it once, when they are built.</summary>
    /// <exception cref="ArgumentException"><paramref name="code"/> is <c>default</c>.</exception>
    public static CameoCode Require(CameoCode code, [CallerArgumentExpression(nameof(code))] string? paramName = null) =>
        code._value is null ? throw new ArgumentException("default(CameoCode) is not a CAMEO code.", paramName) : code;

    public static implicit operator string(CameoCode code) => code.Value;

    public override string ToString() => _value ?? "";
}
