using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Orkhon.Reading;

/// <summary>
/// The YAML block some Markdown files open with (between two <c>---</c> lines) carrying title, url and
/// date. The body that follows is the document's text.
/// </summary>
public sealed record FrontMatter(IReadOnlyDictionary<string, string> Fields, int BodyStart)
{
    public static readonly FrontMatter None = new(new Dictionary<string, string>(), 0);

    public string? Get(params string[] keys)
    {
        foreach (var key in keys)
        {
            if (Fields.TryGetValue(key, out var value) && value.Length > 0)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>Splits the front matter off; a malformed block is reported with its line.</summary>
    public static bool TryParse(string text, out FrontMatter frontMatter, out string? error)
    {
        frontMatter = None;
        error = null;
        if (!text.StartsWith("---", StringComparison.Ordinal) || (text.Length > 3 && text[3] is not ('\n' or '\r')))
        {
            return true;
        }

        var close = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        if (close < 0)
        {
            error = "front matter opened with '---' is never closed";
            return false;
        }

        var yaml = text[3..close];
        var bodyStart = text.IndexOf('\n', close + 4);
        bodyStart = bodyStart < 0 ? text.Length : bodyStart + 1;
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode map)
            {
                foreach (var (key, value) in map.Children)
                {
                    if (key is YamlScalarNode { Value: { } k } && value is YamlScalarNode { Value: { } v })
                    {
                        fields[k] = v.Trim();
                    }
                }
            }
        }
        catch (YamlException e)
        {
            error = $"front matter is not valid YAML at line {e.Start.Line + 1}: {e.Message}";
            return false;
        }

        frontMatter = new FrontMatter(fields, bodyStart);
        return true;
    }
}
