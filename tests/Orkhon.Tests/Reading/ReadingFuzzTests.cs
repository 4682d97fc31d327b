using Orkhon.Reading;
using Orkhon.Tests.Fuzzing;

namespace Orkhon.Tests.Reading;

/// <summary>
/// Fuzz targets for the readers of untrusted markup: the HTML reader (both its tree and its flat
/// reading) and Markdown front matter. A short seeded slice runs with every test run;
/// <c>ORKHON_FUZZ_INPUTS=1000000 dotnet test --filter Category=Fuzz</c> runs the long campaign.
/// </summary>
[Trait("Category", Fuzz.Category)]
public sealed class ReadingFuzzTests
{
    private static readonly string[] s_htmlCorpus =
    [
        "<html><head><title>Visit</title><meta property=\"og:title\" content=\"Accord\"><link rel=\"canonical\" href=\"https://x.example/a\"></head><body><article><h1>Accord</h1><p>Mongolia and Japan signed.</p></article></body></html>",
        "<div><p>Mongolia <b>and <i>Japan</div></p> signed <table><tr><td>an accord.",
        "<nav class=\"menu\">Home</nav><main><p>Text &amp; more &#x41; &#1234567; &notanentity;</p><footer>c</footer></main>",
        "<svg><g><title>t</title><foreignObject><p>inside</p></foreignObject></g></svg><math><mi>x</mi><annotation-xml encoding=\"text/html\"><div>y</div></annotation-xml></math>",
        "<template><p>hidden</p></template><select><option>a<option>b</select><script>if (a < b) { x = '</div>'; }</script><style>p{}</style>",
        "<!DOCTYPE html><!-- comment --><!----><!--->--><![CDATA[x]]><?php echo 1 ?></ >text</>",
        "<p><b id=1><b id=2><b id=3></p><p>x</p><p>y</p><object><b>z</object></b>",
        "<ul><li>one<li>two<ul><li>nested</ul></ul><dl><dt>a<dd>b</dl><plaintext><b>all text</b>",
        "<meta name=\"date\" content=\"2024-06-14\"><time datetime=\"2023-01-02\">then</time><textarea><b>no</b></textarea><title>T</title>",
        "<a href='x'>one<a href=\"y\">two</a><div a=\">\" b='<' c=d>quoted</div><p/>self<br/>closed",
    ];

    private static readonly string[] s_htmlDictionary =
    [
        "<div>", "</div>", "<p>", "</p>", "<b>", "</b>", "<i>", "</i>", "<a href=\"x\">", "</a>", "<span>", "</span>",
        "<table>", "<tr>", "<td>", "</td>", "</table>", "<select>", "<option>", "</select>", "<template>", "</template>",
        "<svg>", "</svg>", "<math>", "</math>", "<foreignObject>", "<script>", "</script>", "<style>", "</style>",
        "<title>", "</title>", "<textarea>", "<plaintext>", "<object>", "</object>", "<li>", "<ul>", "<nobr>", "<font color=red>",
        "<!--", "-->", "--!>", "<!", "<?", "</", "<", ">", "/>", "\"", "'", "=", "&amp;", "&#x10FFFF;", "&#0;", "&", ";",
        "<meta name=\"date\" content=\"", "<meta property=\"og:title\" content=\"", "<link rel=\"canonical\" href=\"",
        "<nav>", "<article>", "<main>", "class=\"share\"", "role=\"navigation\"", "<br>", "<frameset>", "<body>", "<head>",
    ];

    private static readonly string[] s_frontMatterCorpus =
    [
        "---\ntitle: Visit to Bishkek\nurl: https://example.org/x\ndate: 2025-07-21\n---\nThe president arrived.\n",
        "---\ntitle: \"Quoted: title\"\ntags: [a, b, {c: d}]\nauthor:\n  name: X\n  roles:\n    - a\n    - b\ndate: 9999-12\n---\nBody\n",
        "---\r\ntitle: 'single'\r\npublished: 2024\r\n---\r\nBody\r\n",
        "---\na: &x [1, 2]\nb: *x\n? [complex, key]\n: value\nc: |\n  literal\n  block\nd: >\n  folded\n---\ntext",
        "---\n%YAML 1.2\n--- !tag\ntitle: two docs\n...\n---\nsecond: doc\n---\n",
        "---\ntitle: x\n  bad: [\n---\nx",
        "---\ntitle: [unclosed\ndate: 3000 years ago\n---\n",
        "---\n---\n",
    ];

    private static readonly string[] s_frontMatterDictionary =
    [
        "---", "\n", "\r\n", ": ", "title", "date", "url", "- ", "[", "]", "{", "}", ",", "&a", "*a", "!!str", "!tag", "? ",
        "|", ">", "'", "\"", "#", "%YAML 1.2", "...", "  ", "\t", "9999-12", "0000-00-00", "garbage", "2024-02-30", "~", "null",
    ];

    [Fact]
    public void HtmlReader_SeededInputs_NeverThrowOrHang()
    {
        var mutate = Fuzz.Mutator(s_htmlCorpus, s_htmlDictionary, maxLength: 600);
        var report = Fuzz.Run("html-reader", seed: 8_2001, random =>
        {
            var html = mutate(random);

            // Now and then a slice repeated thousands of times: nesting past the limit, and long inputs.
            if (random.Next(200) == 0 && html.Length > 0)
            {
                var slice = html[..Math.Min(html.Length, random.Next(1, 40))];
                html = string.Concat(Enumerable.Repeat(slice, random.Next(600, 3000)));
            }

            return html;
        }, html =>
        {
            var article = HtmlTextExtractor.Extract(html);
            Assert.NotNull(article.Text);
            Assert.NotNull(HtmlFlatText.Read(html).Text);
        });

        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());
    }

    [Fact]
    public void FrontMatter_SeededInputs_NeverThrowAndReportALine()
    {
        var mutate = Fuzz.Mutator(s_frontMatterCorpus, s_frontMatterDictionary, maxLength: 400);
        var report = Fuzz.Run("front-matter", seed: 8_2002, random =>
        {
            var text = mutate(random);
            return text.StartsWith("---", StringComparison.Ordinal) || random.Next(4) == 0 ? text : "---\n" + text;
        }, text =>
        {
            if (FrontMatter.TryParse(text, out var frontMatter, out var error, out var line))
            {
                Assert.InRange(frontMatter.BodyStart, 0, text.Length);
            }
            else
            {
                Assert.False(string.IsNullOrEmpty(error));
                Assert.InRange(line, 1, text.Count(c => c == '\n') + 2);
            }
        });

        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());
    }
}
