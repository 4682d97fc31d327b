using System.Globalization;
using Orkhon.Domain;

namespace Orkhon.Exchange;

/// <summary>
/// Reads GDELT 2.0 Mentions files (16 tab-separated columns, no header): each row is an article mentioning a
/// GDELT event, and becomes a source of the imported event <c>gdelt-&lt;GLOBALEVENTID&gt;</c>, its note naming
/// the sentence and the character offset of the action in the article. The article itself is not stored, so
/// the mention is a source (address and note), not a stored document's sentence.
/// </summary>
public sealed class GdeltMentionReader : IDatasetReader
{
    public static GdeltMentionReader Default { get; } = new();

    public IEnumerable<ImportRecord> Read(LineSource lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return lines.Records(Parse);
    }

    private static ImportRecord Parse(long n, string line)
    {
        var f = line.Split('\t');
        if (f.Length != GdeltMentionColumns.Count)
        {
            return ImportRecord.Bad(n, $"{f.Length} columns, a GDELT 2.0 mention has {GdeltMentionColumns.Count} (tab-separated)");
        }

        if (!long.TryParse(f[GdeltMentionColumns.GlobalEventId], NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
        {
            return ImportRecord.Bad(n, $"GLOBALEVENTID '{f[GdeltMentionColumns.GlobalEventId]}' is not a positive integer");
        }

        string[] numbers = [f[GdeltMentionColumns.SentenceId], f[GdeltMentionColumns.ActionCharOffset], f[GdeltMentionColumns.MentionDocLen]];
        foreach (var number in numbers)
        {
            if (number.Length > 0 && !long.TryParse(number, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
            {
                return ImportRecord.Bad(n, $"'{number}' is not a number (SentenceID, ActionCharOffset and MentionDocLen are)");
            }
        }

        if (f[GdeltMentionColumns.MentionType] != GdeltMentionColumns.WebMention)
        {
            return ImportRecord.Skip(n, $"MentionType '{f[GdeltMentionColumns.MentionType]}' is not a web page (1): Orkhon's sources are addresses");
        }

        var url = f[GdeltMentionColumns.MentionIdentifier];
        if (!Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            return ImportRecord.Bad(n, $"MentionIdentifier '{url}' is not an address");
        }

        var note = $"GDELT mention of event {id.ToString(CultureInfo.InvariantCulture)}: sentence {f[GdeltMentionColumns.SentenceId]}, action at character {f[GdeltMentionColumns.ActionCharOffset]} of {f[GdeltMentionColumns.MentionDocLen]}";
        return ImportRecord.SourceFor(n, DatasetIds.Gdelt(id), Evidence.FromSource(url, note));
    }
}
