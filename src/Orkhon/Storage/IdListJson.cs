using System.Text.Json;
using System.Text.Json.Serialization;

namespace Orkhon.Storage;

/// <summary>
/// A list of ids as one JSON array, the way SQLite takes a list in a parameter (<c>json_each</c>): through
/// metadata generated at compile time, so the store needs no reflection and opens in a Native AOT build. Default
/// options, as the reflection serializer it replaced had, so the text is the same.
/// </summary>
internal static class IdListJson
{
    public static string Serialize(IEnumerable<string> ids) => JsonSerializer.Serialize(ids, IdListJsonContext.Default.IEnumerableString);
}

[JsonSerializable(typeof(IEnumerable<string>))]
internal sealed partial class IdListJsonContext : JsonSerializerContext;
