namespace Orkhon.Exchange;

/// <summary>Text made safe for one field of a tab-separated row: tabs and line breaks would split the row, so they become spaces.</summary>
public static class TsvField
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        return text.AsSpan().IndexOfAny('\t', '\n', '\r') < 0 ? text : text.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
    }
}
