namespace Orkhon.Tests.Extraction.Metamorphic;

/// <summary>
/// Reads <c>TestData/metamorphic/bases.txt</c>: blocks of "key: value" lines separated by blank lines, "#" comments. A hand-written
/// form may carry its own events after " => "; "-" marks a form the base does not have.
/// </summary>
internal static class MetamorphicBaseFile
{
    public static string FolderPath => Path.Combine(RepositoryRoot.Path, "tests", "Orkhon.Tests", "TestData", "metamorphic");

    public static IReadOnlyList<MetamorphicBase> Read()
    {
        var path = Path.Combine(FolderPath, "bases.txt");
        var bases = new List<MetamorphicBase>();
        var block = new Dictionary<string, string>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(path).Append(""))
        {
            lineNumber++;
            if (raw.StartsWith('#'))
            {
                continue;
            }

            if (raw.Trim().Length == 0)
            {
                if (block.Count > 0)
                {
                    bases.Add(Build(block, path, lineNumber));
                    block.Clear();
                }

                continue;
            }

            var colon = raw.IndexOf(": ", StringComparison.Ordinal);
            if (colon < 0 || !block.TryAdd(raw[..colon], raw[(colon + 2)..].Trim()))
            {
                throw new InvalidDataException($"{path}:{lineNumber}: expected a new 'key: value' line, got '{raw}'");
            }
        }

        return bases;
    }

    private static MetamorphicBase Build(Dictionary<string, string> block, string path, int lineNumber)
    {
        string Required(string key) => block.TryGetValue(key, out var value) && value.Length > 0 && value != "-"
            ? value
            : throw new InvalidDataException($"{path}: the block ending at line {lineNumber} has no '{key}'");
        string? Optional(string key) => block.TryGetValue(key, out var value) && value != "-" ? value : null;

        var expected = Events(Required("expected"));
        var person = Required("person").Split('|', StringSplitOptions.TrimEntries);
        if (person.Length != 4)
        {
            throw new InvalidDataException($"{path}: {block["id"]}: 'person' needs 'full | surname | description | pronoun'");
        }

        var (passive, passiveExpected) = SplitEvents(Optional("passive"));
        var (coordinated, coordinatedExpected) = SplitEvents(Required("coord"));
        var past = Required("past");
        return new MetamorphicBase(
            Required("id"), expected, Required("subject"), Required("pronoun"), new PersonForms(person[0], person[1], person[2], person[3]),
            Required("refer"), Required("late"), Required("third"), Required("dateline"), past, Optional("perfect") ?? past,
            Required("inf"), Required("appos"), Optional("light"), passive, passiveExpected, coordinated!,
            coordinatedExpected ?? expected);
    }

    private static (string? Text, IReadOnlyList<string>? Events) SplitEvents(string? value)
    {
        if (value is null)
        {
            return (null, null);
        }

        var arrow = value.IndexOf(" => ", StringComparison.Ordinal);
        return arrow < 0 ? (value, null) : (value[..arrow], Events(value[(arrow + 4)..]));
    }

    private static IReadOnlyList<string> Events(string value) =>
        value == "none" ? [] : value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
