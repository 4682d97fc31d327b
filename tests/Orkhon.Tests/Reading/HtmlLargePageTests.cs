using Orkhon.Domain;
using Orkhon.Reading;

namespace Orkhon.Tests.Reading;

/// <summary>
/// Pages over <see cref="ReadOptions.MaxHtmlTreeChars"/> are read by the one-pass reader instead of a tree: the same
/// article text and metadata as the tree reading, furniture dropped by tag, class and role, in memory proportional to
/// the page.
/// </summary>
public sealed class HtmlLargePageTests
{
    private static readonly string s_folder = Path.Combine(RepositoryRoot.Path, "tests", "Orkhon.Tests", "TestData", "reading");

    [Fact]
    public void FurnishedPage_OverTheLimit_GivesTheGoldenText_AsTheTreeDoes()
    {
        var html = File.ReadAllText(Path.Combine(s_folder, "furnished-page.html"));
        var golden = File.ReadAllText(Path.Combine(s_folder, "furnished-page.txt")).TrimEnd('\n');

        var tree = HtmlTextExtractor.Extract(html);
        var flat = HtmlTextExtractor.Extract(html, maxTreeChars: 0);

        Assert.Equal(golden, tree.Text);
        Assert.Equal(golden, flat.Text);
        Assert.False(flat.Flattened);
        Assert.Equal(("Envoys meet in Astana", "https://courier.example/world/envoys-meet-astana", "2026-03-04T09:30:00+06:00"),
            (flat.Title, flat.Url, flat.Published));
        Assert.Equal((tree.Title, tree.Url, tree.Published), (flat.Title, flat.Url, flat.Published));
    }

    [Theory]
    // Furniture by tag, role, class and id, around and inside the article.
    [InlineData("<nav>Home</nav><article><p>Kept.</p><aside>Aside.</aside><p role=\"banner\">Banner.</p><p id=\"share-bar\">Share.</p></article><footer>End</footer>")]
    // No <article>: the first <main>; no <main>: the whole body.
    [InlineData("<div>Out.</div><main class=\"site-menu\"><p>In <i>main</i>.</p><div class=\"ads\">Ad<div>inner</div>.</div></main><main>Second.</main>")]
    [InlineData("<body class=\"header-fixed\"><div class=\"nav\">Menu</div><p>Body text.</p><div class=\"caption\"/>Still furniture.</div><p>After.</p></body>")]
    // End tags left out: a furniture paragraph ends at the next block, a furniture item at the next item or its list's end.
    [InlineData("<article><p class=\"credits\">Credit line<p>Kept one.<p class=\"promo\">Promo<div>Kept two.</div><ul><li class=\"tags\">x<li>Kept three.</ul>Kept four.</article>")]
    [InlineData("<article><ul><li class=\"related\">Rel <ul><li>nested</li></ul> more<li>Kept.</li></ul><dl><dt class=\"social\">S<dd>Kept too.</dl></article>")]
    // Furniture classes on void elements hide nothing; an article nested inside another, or inside furniture, as the tree has it.
    [InlineData("<article><img class=\"share\"><input class=\"nav\"><br class=\"menu\">Kept.<article class=\"related\">Teaser<article>deep</article>x</article>Tail.</article>")]
    [InlineData("<div class=\"sidebar\"><article><p>First article, inside furniture.</p><nav>n</nav></article></div><article>Second.</article>")]
    // Markup that is no tag, entities, comments, raw text and foreign content.
    [InlineData("<article><p>1 &lt; 2 & 3 < 4 &amp; <!-- <p>no</p> --><script>'</article>'</script>five</p><svg><text>no</text></svg>end</article>")]
    public void Page_OverTheLimit_ReadsAsTheTree(string html)
    {
        var tree = HtmlTextExtractor.Extract(html);
        var flat = HtmlTextExtractor.Extract(html, maxTreeChars: 0);

        Assert.Equal(tree.Text, flat.Text);
    }

    [Fact]
    public void ReadFile_OverTheLimit_GivesTheSameDocument()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("page.html", File.ReadAllText(Path.Combine(s_folder, "furnished-page.html")));

        var tree = DocumentReader.ReadFile(path).Document!;
        var flat = DocumentReader.ReadFile(path, new ReadOptions { MaxHtmlTreeChars = 100 }).Document!;

        Assert.Equal((tree.Text, tree.Title, tree.Url, tree.Published), (flat.Text, flat.Title, flat.Url, flat.Published));
        Assert.Equal(FuzzyDate.OfDay(2026, 3, 4), flat.Published);
    }

    /// <summary>
    /// A tree costs many times its page (nodes, attributes, text nodes beside the page string); the one-pass reading
    /// allocates its text builder, the text and a few small strings per tag. Allocation bounds the peak, and unlike the
    /// process's resident size it does not move with the other work on the machine; the margin is wide (the reading
    /// allocated about 5 bytes per page character, a tree read of the same page about 20).
    /// </summary>
    [Fact]
    public void LargePage_AllocatesAFewTimesItsSize()
    {
        var html = LargePage(8_000_000);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var article = HtmlTextExtractor.Extract(html);

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.StartsWith("Paragraph 0 of the report:", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Menu", article.Text, StringComparison.Ordinal);
        Assert.True(allocated < 8L * html.Length, $"{allocated:N0} bytes allocated for a page of {html.Length:N0} characters");
    }

    private static string LargePage(int chars)
    {
        var page = new System.Text.StringBuilder(chars + 1000);
        page.Append("<html><head><title>Report</title></head><body><nav class=\"menu\">Menu</nav><article>");
        for (var i = 0; page.Length < chars; i++)
        {
            page.Append("<p>Paragraph ").Append(i).Append(" of the report: the ministers met in the capital and agreed to hold talks on trade, ")
                .Append("water and transit next spring.</p>\n");
            if (i % 50 == 0)
            {
                page.Append("<div class=\"share\"><a href=\"#\">Share</a></div>\n");
            }
        }

        return page.Append("</article><footer>Footer</footer></body></html>").ToString();
    }
}
