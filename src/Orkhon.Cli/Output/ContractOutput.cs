using System.Text.Json;
using Orkhon.Contracts;

namespace Orkhon.Cli.Output;

/// <summary>
/// Prints the library's response records as JSON with <see cref="ContractJson"/>'s settings: the same JSON
/// the API answers, indented for <c>--format json</c>, one record per line for <c>--format jsonl</c>.
/// </summary>
internal static class ContractOutput
{
    public static void WriteJson<T>(T value)
    {
        using var stdout = Console.OpenStandardOutput();
        JsonSerializer.Serialize(stdout, value, ContractJson.TypeInfo<T>(ContractJson.Indented));
        stdout.WriteByte((byte)'\n');
    }

    public static void WriteJsonLines<T>(IEnumerable<T> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        using var stdout = Console.OpenStandardOutput();
        var info = ContractJson.TypeInfo<T>(ContractJson.Compact);
        foreach (var value in values)
        {
            JsonSerializer.Serialize(stdout, value, info);
            stdout.WriteByte((byte)'\n');
        }
    }

    /// <summary>A list as <c>--format json</c> (one array) or <c>jsonl</c> (one element per line).</summary>
    public static void WriteList<T>(IReadOnlyList<T> rows, bool lines)
    {
        if (lines)
        {
            WriteJsonLines(rows);
        }
        else
        {
            WriteJson(rows);
        }
    }
}
