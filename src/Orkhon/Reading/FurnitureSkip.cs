namespace Orkhon.Reading;

/// <summary>Where a tag stands against the furniture element <see cref="FurnitureSkip"/> follows.</summary>
internal enum FurnitureTag
{
    /// <summary>The tag is inside the furniture (or is its own end tag): none of its text is read.</summary>
    Inside,

    /// <summary>The furniture ended just before this tag (an end tag left out): the tag is read as usual.</summary>
    After,
}

/// <summary>
/// Follows one furniture element (<see cref="HtmlFurniture"/>) through the flat reading, from its start tag to its end,
/// without a tree: by counting the same name's start and end tags, and for the elements whose end tag HTML lets a page
/// leave out (<c>p</c>, <c>li</c>, <c>dt</c>, <c>dd</c>) by the tags that close them implicitly, as the parser does. It
/// keeps two counters, so the flat reading stays linear whatever the nesting.
/// </summary>
internal struct FurnitureSkip
{
    // Never have content or an end tag: furniture by class on one of them (an icon, an input) skips nothing.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_voidElements = new HashSet<string>(
        ["area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_listItems =
        new HashSet<string>(["li", "dt", "dd"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_lists =
        new HashSet<string>(["ul", "ol", "dl", "menu"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Start tags that close an open <p> (the HTML standard's list), beside the block elements the reading breaks at.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_closingParagraph = new HashSet<string>(
        ["aside", "fieldset", "figcaption", "footer", "form", "header", "menu", "nav"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private string? _name;
    private int _depth;
    private int _lists;

    public readonly bool Active => _name is not null;

    /// <summary>Starts following the furniture element opened by this start tag; a void element has nothing to follow.</summary>
    public void Start(ReadOnlySpan<char> name)
    {
        if (!s_voidElements.Contains(name))
        {
            (_name, _depth, _lists) = (name.ToString(), 1, 0);
        }
    }

    /// <summary>Takes the next tag while <see cref="Active"/>.</summary>
    public FurnitureTag Follow(MarkupTagKind kind, ReadOnlySpan<char> name)
    {
        var start = kind == MarkupTagKind.Start;
        var same = name.Equals(_name, StringComparison.OrdinalIgnoreCase);
        if (_name!.Equals("p", StringComparison.OrdinalIgnoreCase))
        {
            // A paragraph holds no block: the next block tag (or the end of the one around it) ends it.
            if (same && !start)
            {
                return End(FurnitureTag.Inside);
            }

            var block = (HtmlTextExtractor.IsBlock(name) && !name.Equals("br", StringComparison.OrdinalIgnoreCase)) || s_closingParagraph.Contains(name);
            return block ? End(FurnitureTag.After) : FurnitureTag.Inside;
        }

        if (s_listItems.Contains(_name))
        {
            // An item ends at the next item or at the end of its list; items of lists nested inside it do not count.
            if (s_lists.Contains(name))
            {
                if (start)
                {
                    _lists++;
                }
                else if (_lists-- == 0)
                {
                    return End(FurnitureTag.After);
                }

                return FurnitureTag.Inside;
            }

            if (_lists == 0 && s_listItems.Contains(name))
            {
                return start ? End(FurnitureTag.After) : same ? End(FurnitureTag.Inside) : FurnitureTag.Inside;
            }

            return FurnitureTag.Inside;
        }

        if (same)
        {
            _depth += start ? 1 : -1;
            if (_depth == 0)
            {
                return End(FurnitureTag.Inside);
            }
        }

        return FurnitureTag.Inside;
    }

    private FurnitureTag End(FurnitureTag tag)
    {
        _name = null;
        return tag;
    }
}
