namespace Orkhon.Exchange;

/// <summary>The other coders' formats Orkhon reads and writes, and its own (CSV, JSON lines) and TimelineJS, which it only writes.</summary>
public enum ExchangeFormat
{
    /// <summary>GDELT 2.0 Events: 61 tab-separated columns, no header (the files are named <c>.CSV</c> all the same).</summary>
    Gdelt,

    /// <summary>GDELT 2.0 Mentions: 16 tab-separated columns, each an article that mentions a GDELT event; read only, as sources of imported GDELT events.</summary>
    GdeltMentions,

    /// <summary>ICEWS coded event data: tab-separated with a header row, one file per year.</summary>
    Icews,

    /// <summary>PLOVER/POLECAT records, one JSON object per line, or POLECAT's tab-separated release (told apart by the first line).</summary>
    Plover,

    /// <summary>Orkhon's own CSV (<c>events --format csv</c>); written only.</summary>
    Csv,

    /// <summary>Orkhon's own JSON lines (<c>events --format jsonl</c>); written only.</summary>
    Jsonl,

    /// <summary>A TimelineJS 3 JSON file for journalists; written only.</summary>
    Timeline,
}
