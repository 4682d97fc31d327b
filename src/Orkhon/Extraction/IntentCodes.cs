using System.Collections.Frozen;
using Orkhon.Domain;
using Orkhon.Knowledge;

namespace Orkhon.Extraction;

/// <summary>
/// The root 03 sub-code that states the intent of an act ("will visit" 036, "pledged to free" 0353, "is ready to send
/// peacekeepers" 0334), by the longest prefix of the act's code that has a row. The mapping follows the CAMEO codebook
/// and is data: <c>data/lexicon/intent-codes.tsv</c>.
/// </summary>
internal static class IntentCodes
{
    private const string File = "lexicon.intent-codes.tsv";

    // The longest code prefix of the file (four digits: 0831).
    private const int LongestPrefix = 4;

    private static readonly FrozenDictionary<string, CameoCode> s_intents = Load();

    /// <summary>The intent of <paramref name="act"/>, or null when CAMEO has none (a statement, an appeal, a hostile act).</summary>
    public static CameoCode? Of(CameoCode act)
    {
        var code = act.Value;
        for (var length = Math.Min(code.Length, LongestPrefix); length >= 2; length--)
        {
            if (s_intents.TryGetValue(code[..length], out var intent))
            {
                return intent;
            }
        }

        return null;
    }

    private static FrozenDictionary<string, CameoCode> Load()
    {
        var table = EmbeddedData.ReadTable(File);
        var (actColumn, intentColumn) = (table.ColumnIndex("act"), table.ColumnIndex("intent"));
        var rows = new Dictionary<string, CameoCode>(StringComparer.Ordinal);
        var errors = new List<DataFileError>();
        foreach (var line in table.Rows)
        {
            var act = line[actColumn];
            if (act.Length is < 2 or > LongestPrefix || !act.All(char.IsAsciiDigit) || !CameoCode.TryParse(line[intentColumn], out var intent)
                || intent.Root != CameoCode.ExpressIntentToCooperate || !rows.TryAdd(act, intent))
            {
                errors.Add(new DataFileError(table.Name, line.Line, "expected a code prefix of two to four digits, once, and an intent code of root 03"));
            }
        }

        if (errors.Count > 0)
        {
            throw new DataFileException(errors);
        }

        return rows.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
