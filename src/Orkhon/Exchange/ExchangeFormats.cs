using System.Diagnostics.CodeAnalysis;

namespace Orkhon.Exchange;

/// <summary>Stable lower-case names of <see cref="ExchangeFormat"/> used on the command line and in the docs.</summary>
public static class ExchangeFormats
{
    private static readonly (ExchangeFormat Format, string Name)[] s_names =
    [
        (ExchangeFormat.Gdelt, "gdelt"),
        (ExchangeFormat.GdeltMentions, "gdelt-mentions"),
        (ExchangeFormat.Icews, "icews"),
        (ExchangeFormat.Plover, "plover"),
        (ExchangeFormat.Csv, "csv"),
        (ExchangeFormat.Jsonl, "jsonl"),
        (ExchangeFormat.Timeline, "timeline"),
    ];

    /// <summary>The formats <c>orkhon import</c> reads.</summary>
    public static IReadOnlyList<ExchangeFormat> Importable { get; } = [ExchangeFormat.Gdelt, ExchangeFormat.GdeltMentions, ExchangeFormat.Icews, ExchangeFormat.Plover];

    /// <summary>The formats <c>orkhon export</c> writes: all but GDELT Mentions, which describe articles Orkhon does not keep.</summary>
    public static IReadOnlyList<ExchangeFormat> Exportable { get; } = [.. s_names.Select(n => n.Format).Where(f => f != ExchangeFormat.GdeltMentions)];

    public static string ToName(this ExchangeFormat format)
    {
        foreach (var (f, name) in s_names)
        {
            if (f == format)
            {
                return name;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown exchange format.");
    }

    public static bool TryParse([NotNullWhen(true)] string? text, out ExchangeFormat format)
    {
        foreach (var (f, name) in s_names)
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                format = f;
                return true;
            }
        }

        format = default;
        return false;
    }
}
