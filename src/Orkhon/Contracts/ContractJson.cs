using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Orkhon.Contracts;

/// <summary>
/// How every response record in this folder becomes JSON, for the command line's <c>--format json|jsonl</c>
/// and for the API alike: one set of options, so the two cannot drift apart field by field.
/// </summary>
public static class ContractJson
{
    /// <summary>Indented, as <c>--format json</c> prints it; the API applies the same settings through <see cref="Configure"/>.</summary>
    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    /// <summary>One record per line, as <c>--format jsonl</c> prints it.</summary>
    public static JsonSerializerOptions Compact { get; } = Create(indented: false);

    /// <summary>Applies the contract's settings to options someone else owns (the web host's).</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;

        // Non-finite numbers never reach the serializer (the records hold them as null, see Finite), but a
        // named literal is still better than a 500 if one ever does.
        options.NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals;
    }

    /// <summary>
    /// The generated metadata of <typeparamref name="T"/> under <paramref name="options"/> (<see cref="Indented"/> or
    /// <see cref="Compact"/>): what <c>JsonSerializer.Serialize</c> takes to write a contract record without reflection.
    /// </summary>
    public static JsonTypeInfo<T> TypeInfo<T>(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
    }

    /// <summary>JSON has no infinity: an unbounded rate ratio (0 events before) is null, in the API as on the command line.</summary>
    public static double? Finite(double value) => double.IsFinite(value) ? value : null;

    private static JsonSerializerOptions Create(bool indented)
    {
        // A terminal shows text as people wrote it (Ömnögovi, en dashes), not \u escapes; the API keeps the
        // default escaping, which is the same JSON once parsed.
        var options = new JsonSerializerOptions { WriteIndented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        Configure(options);

        // The compile-time metadata of the records the command line prints, never the reflection resolver:
        // a Native AOT build has none (ContractJsonContext).
        options.TypeInfoResolver = ContractJsonContext.Default;
        options.MakeReadOnly();
        return options;
    }
}
