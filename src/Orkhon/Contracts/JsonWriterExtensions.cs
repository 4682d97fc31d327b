using System.Text.Json;

namespace Orkhon.Contracts;

/// <summary>
/// Writes optional numbers as JSON null, so every documented field is always present; a non-finite double
/// (an unbounded rate ratio) is written as null too, since JSON has no infinity.
/// </summary>
public static class JsonWriterExtensions
{
    public static void WriteNumberOrNull(this Utf8JsonWriter writer, string name, long? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    public static void WriteNumberOrNull(this Utf8JsonWriter writer, string name, double? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } v && double.IsFinite(v))
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
