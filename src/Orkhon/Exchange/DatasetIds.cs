using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Orkhon.Exchange;

/// <summary>
/// Event ids across datasets. An imported event's id is its dataset's own (<c>gdelt-1234</c>,
/// <c>icews-2019-03-02-555</c>, <c>plover-ABC</c>), so importing a file twice writes the same rows. Exports to
/// formats with numeric ids give an event from that dataset its number back and any other event a stable
/// number derived from its id.
/// </summary>
public static class DatasetIds
{
    public const string GdeltPrefix = "gdelt-";
    public const string IcewsPrefix = "icews-";
    public const string PloverPrefix = "plover-";

    public static string Gdelt(long globalEventId) => GdeltPrefix + globalEventId.ToString(CultureInfo.InvariantCulture);

    /// <summary>ICEWS's Event ID is unique only with the event date.</summary>
    public static string Icews(DateOnly date, long eventId) =>
        string.Create(CultureInfo.InvariantCulture, $"{IcewsPrefix}{date:yyyy-MM-dd}-{eventId}");

    public static string Plover(string id) => PloverPrefix + id;

    /// <summary>The numeric id to write for an event in a format whose ids are numbers: its own when it came from there, else a hash in 1..2^53.</summary>
    public static long NumericFor(string eventId, string prefix)
    {
        ArgumentNullException.ThrowIfNull(eventId);
        var own = eventId.StartsWith(prefix, StringComparison.Ordinal) ? eventId[prefix.Length..] : null;
        if (prefix == IcewsPrefix && own is { Length: > 11 })
        {
            // icews-YYYY-MM-DD-ID
            own = own[11..];
        }

        if (own is not null && long.TryParse(own, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
        {
            return n;
        }

        // 53 bits: exact in a double, so spreadsheets and JSON readers keep it whole.
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(eventId));
        return (long)(BinaryPrimitives.ReadUInt64BigEndian(hash) >> 11) + 1;
    }
}
