namespace Orkhon.Exchange;

/// <summary>
/// The GDELT 2.0 Mentions columns Orkhon reads, by position (0-based), from
/// <c>GDELT_2.0_eventMentions_Column_Labels_Header_Row_Sep2016.tsv</c>. A row has exactly <see cref="Count"/> fields.
/// </summary>
public static class GdeltMentionColumns
{
    public const int Count = 16;

    public const int GlobalEventId = 0;
    public const int MentionType = 3;
    public const int MentionSourceName = 4;
    public const int MentionIdentifier = 5;
    public const int SentenceId = 6;
    public const int ActionCharOffset = 9;
    public const int MentionDocLen = 12;

    /// <summary>The <c>MentionType</c> of a web page, whose identifier is its address.</summary>
    public const string WebMention = "1";
}
