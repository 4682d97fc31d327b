namespace Orkhon.Extraction.Parse;

/// <summary>One word of a linkage: its dictionary form ("sent.v-d", "[Tuesday]" when unlinked) and its span in the parsed text.</summary>
internal readonly record struct LinkedWord(string Form, int Start, int End)
{
    /// <summary>The walls the grammar adds at both ends of a sentence are no words of the text.</summary>
    public bool IsWall => Form is "LEFT-WALL" or "RIGHT-WALL";

    /// <summary>The subscript after the last dot ("v-d" of "sent.v-d"), empty when the word has none.</summary>
    public string Subscript
    {
        get
        {
            var dot = Form.LastIndexOf('.');
            return dot > 0 && dot < Form.Length - 1 ? Form[(dot + 1)..] : "";
        }
    }

    /// <summary>A verb form: link-grammar marks verbs with subscripts "v", "v-d", "w", "q" and gerunds with "g".</summary>
    public bool IsVerb => Subscript is var s && s.Length > 0 && (s[0] is 'v' or 'w' or 'q' || s == "g");

    /// <summary>A coordinating conjunction ("and.j-v", "or.j-n").</summary>
    public bool IsConjunction => Subscript.StartsWith("j-", StringComparison.Ordinal);
}

/// <summary>One link: its label ("Ss*s", "Op", "MVp") between a left and a right word (indices into the words).</summary>
internal readonly record struct Link(string Label, int Left, int Right)
{
    /// <summary>The label's type: its leading upper-case letters ("S" of "Ss*s", "MV" of "MVp").</summary>
    public string Type
    {
        get
        {
            var n = 0;
            while (n < Label.Length && char.IsAsciiLetterUpper(Label[n]))
            {
                n++;
            }

            return Label[..n];
        }
    }

    /// <summary>The label after its type ("s*s" of "Ss*s").</summary>
    public string Sub => Label[Type.Length..];
}

/// <summary>The best linkage of one parsed sentence: its words, with offsets into the parsed text, and its links.</summary>
internal sealed record Linkage(IReadOnlyList<LinkedWord> Words, IReadOnlyList<Link> Links, int NullCount);
