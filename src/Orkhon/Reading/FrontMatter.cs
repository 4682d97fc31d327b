using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Orkhon.Reading;

/// <summary>
/// The YAML block some Markdown files open with (between two <c>---</c> lines) carrying title, url and
/// date. The body that follows is the document's text.
/// </summary>
public sealed record FrontMatter(IReadOnlyDictionary<string, string> Fields, int BodyStart)
{
    /// <summary>
    /// The deepest nesting of flow collections (<c>[</c>, <c>{</c>) read. YamlDotNet's scanner re-checks
    /// every open level at each token, so deep nesting is quadratic (100,000 levels took 40 s); front
    /// matter holds a title, a link and a date, and nests one or two levels at most.
    /// </summary>
    public const int MaxFlowNesting = 64;

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
    public static bool TryParse(string text, out FrontMatter frontMatter, out string? error) =>
        TryParse(text, out frontMatter, out error, out _);

    /// <summary>
    /// Splits the front matter off. Never throws for bad input: a block that is not closed or not valid
    /// YAML comes back as <paramref name="error"/>, with <paramref name="errorLine"/> the 1-based line of
    /// the file where the problem is.
    /// </summary>
    /// <remarks>
    /// Only the top-level <c>key: value</c> pairs with plain values are kept; nested lists and maps are
    /// skipped. The YAML is read as a stream of parser events rather than loaded as a document tree,
    /// because loading builds the tree recursively: a front matter of ten thousand nested <c>[</c>s would
    /// overflow the stack, which no exception handler can catch. Skipping nested values counts depth in
    /// a loop instead.
    /// </remarks>
    public static bool TryParse(string text, out FrontMatter frontMatter, out string? error, out int errorLine)
    {
        ArgumentNullException.ThrowIfNull(text);
        frontMatter = None;
        error = null;
        errorLine = 0;
        if (!text.StartsWith("---", StringComparison.Ordinal) || (text.Length > 3 && text[3] is not ('\n' or '\r')))
        {
            return true;
        }

        var close = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        if (close < 0)
        {
            error = "front matter opened with '---' is never closed";
            errorLine = 1;
            return false;
        }

        var yaml = text[3..close];
        var bodyStart = text.IndexOf('\n', close + 4);
        bodyStart = bodyStart < 0 ? text.Length : bodyStart + 1;
        if (FlowTooDeep(text, 3, close) is { } deepAt)
        {
            errorLine = 1 + text.AsSpan(0, deepAt).Count('\n');
            error = $"front matter nests lists or maps more than {MaxFlowNesting} deep at line {errorLine}";
            return false;
        }

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var parser = new Parser(new StringReader(yaml));
        try
        {
            ReadTopLevelScalars(parser, fields);
        }
        catch (YamlException e)
        {
            errorLine = LineAt(text, e.Start.Index);
            error = $"front matter is not valid YAML at line {errorLine}: {e.Message}";
            return false;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // YamlDotNet trips over some malformed input with an exception of its own instead of a
            // YamlException (found by fuzzing: InvalidOperationException for an unclosed '[' followed by a
            // line with no colon, ArgumentException for a "!!str[" tag). The YAML is invalid all the same;
            // it is located after the last part that did parse.
            errorLine = LineAt(text, parser.Current?.End.Index ?? 0);
            error = $"front matter is not valid YAML after line {errorLine}";
            return false;
        }

        frontMatter = new FrontMatter(fields, bodyStart);
        return true;
    }

    // Located from the character offset in the YAML text: YAML also counts a lone '\r' or U+2028 as a line
    // break, the file's line numbers count '\n'.
    private static int LineAt(string text, long yamlIndex)
    {
        var offset = (int)Math.Clamp(3 + yamlIndex, 0, text.Length);
        return 1 + text.AsSpan(0, offset).Count('\n');
    }

    // Counts every bracket, quoted or not: an overestimate, so the scanner never sees deeper nesting than
    // this allows. Returns where the limit was passed.
    private static int? FlowTooDeep(string text, int start, int end)
    {
        var depth = 0;
        for (var i = start; i < end; i++)
        {
            switch (text[i])
            {
                case '[' or '{' when ++depth > MaxFlowNesting:
                    return i;
                case ']' or '}' when depth > 0:
                    depth--;
                    break;
            }
        }

        return null;
    }

    private static void ReadTopLevelScalars(Parser parser, Dictionary<string, string> fields)
    {
        // Only the first document counts, and only if it is a mapping; the rest is still parsed, so
        // malformed YAML anywhere in the block is reported. Inside the mapping, nodes at depth 1
        // alternate key, value; a nested list or map, or an alias, is a node with no plain text.
        var depth = 0;
        var documents = 0;
        var inMapping = false;
        var expectingKey = true;
        string? key = null;
        while (parser.MoveNext())
        {
            string? plain = null;
            var nodeDone = false;
            switch (parser.Current)
            {
                case DocumentStart:
                    documents++;
                    break;
                case MappingStart when depth == 0:
                    inMapping = documents == 1;
                    depth++;
                    break;
                case MappingStart or SequenceStart:
                    depth++;
                    break;
                case MappingEnd or SequenceEnd:
                    depth--;
                    nodeDone = depth == 1;
                    inMapping &= depth > 0;
                    break;
                case Scalar scalar when depth == 1:
                    plain = scalar.Value;
                    nodeDone = true;
                    break;
                case AnchorAlias when depth == 1:
                    nodeDone = true;
                    break;
            }

            if (!nodeDone || !inMapping)
            {
                continue;
            }

            if (expectingKey)
            {
                key = plain;
            }
            else if (key is not null && plain is not null)
            {
                fields[key] = plain.Trim();
            }

            expectingKey = !expectingKey;
        }
    }
}
