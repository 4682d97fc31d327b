using System.Globalization;
using System.Net;
using System.Text;

namespace Orkhon.Reporting;

/// <summary>
/// A small SVG chart renderer for the self-contained report: stacked bars, lines and horizontal bars,
/// with axis labels and a <c>&lt;title&gt;</c> tooltip on every mark. No scripts, no external resources.
/// </summary>
public static class SvgChart
{
    private const int Width = 900;
    private const int Height = 320;
    private const int Left = 48;
    private const int Right = 16;
    private const int Top = 16;
    private const int Bottom = 48;

    /// <summary>A palette with enough contrast on white, one colour per series in order.</summary>
    // Twelve: Kazakhstan's concepts have ten pillars and "other", and a repeated colour would merge two of them.
    public static readonly IReadOnlyList<string> Palette = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#7f7f7f", "#17becf", "#bcbd22", "#e377c2", "#393b79", "#ad494a"];

    /// <summary>
    /// Stacked bars: one bar per category, one segment per series (values are shares or counts). With
    /// <paramref name="counts"/>, the number of events each bar stands for is printed above it, and a bar
    /// from fewer than <paramref name="minCount"/> events is drawn faint.
    /// </summary>
    public static string StackedBars(string title, IReadOnlyList<string> categories, IReadOnlyList<(string Name, IReadOnlyList<double> Values)> series,
        IReadOnlyList<int>? counts = null, int minCount = 0)
    {
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(series);
        var max = Enumerable.Range(0, categories.Count).Select(i => series.Sum(s => s.Values[i])).DefaultIfEmpty(0).Max();
        max = max <= 0 ? 1 : max;
        var svg = Begin(title);
        Axis(svg, max);
        var plotWidth = Width - Left - Right;
        var slot = categories.Count == 0 ? plotWidth : (double)plotWidth / categories.Count;
        var barWidth = Math.Max(2, slot * 0.8);
        for (var i = 0; i < categories.Count; i++)
        {
            var x = Left + (i * slot) + ((slot - barWidth) / 2);
            var y = (double)(Height - Bottom);
            var faint = counts is not null && i < counts.Count && counts[i] < minCount ? " opacity=\"0.35\"" : "";
            for (var s = 0; s < series.Count; s++)
            {
                var h = series[s].Values[i] / max * (Height - Top - Bottom);
                if (h <= 0)
                {
                    continue;
                }

                y -= h;
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{barWidth:0.#}\" height=\"{h:0.#}\" fill=\"{Palette[s % Palette.Count]}\"{faint}>")
                   .Append(CultureInfo.InvariantCulture, $"<title>{Escape(categories[i])} · {Escape(series[s].Name)}: {series[s].Values[i]:0.###}</title></rect>");
            }

            if (i % LabelStep(categories.Count) == 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + (barWidth / 2):0.#}\" y=\"{Height - Bottom + 14}\" font-size=\"10\" text-anchor=\"middle\">{Escape(categories[i])}</text>");
            }

            if (counts is not null && i < counts.Count)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text class=\"bar-count\" x=\"{x + (barWidth / 2):0.#}\" y=\"{Top - 4}\" font-size=\"9\" text-anchor=\"middle\">{counts[i]}</text>");
            }
        }

        Legend(svg, series.Select(s => s.Name).ToList());
        return End(svg);
    }

    /// <summary>Lines over categories; a null value breaks the line (undefined in that period).</summary>
    public static string Lines(string title, IReadOnlyList<string> categories, IReadOnlyList<(string Name, IReadOnlyList<double?> Values)> series, double max = 1)
    {
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(series);
        var svg = Begin(title);
        Axis(svg, max);
        var plotWidth = Width - Left - Right;
        var step = categories.Count <= 1 ? 0 : (double)plotWidth / (categories.Count - 1);
        for (var s = 0; s < series.Count; s++)
        {
            var path = new StringBuilder();
            var pen = false;
            for (var i = 0; i < categories.Count; i++)
            {
                if (series[s].Values[i] is not { } v)
                {
                    pen = false;
                    continue;
                }

                var x = Left + (i * step);
                var y = Height - Bottom - (v / max * (Height - Top - Bottom));
                path.Append(CultureInfo.InvariantCulture, $"{(pen ? 'L' : 'M')}{x:0.#},{y:0.#} ");
                pen = true;
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"3\" fill=\"{Palette[s % Palette.Count]}\"><title>{Escape(categories[i])} · {Escape(series[s].Name)}: {v:0.###}</title></circle>");
            }

            svg.Append(CultureInfo.InvariantCulture, $"<path d=\"{path.ToString().Trim()}\" fill=\"none\" stroke=\"{Palette[s % Palette.Count]}\" stroke-width=\"2\"/>");
        }

        for (var i = 0; i < categories.Count; i++)
        {
            if (i % LabelStep(categories.Count) == 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left + (i * step):0.#}\" y=\"{Height - Bottom + 14}\" font-size=\"10\" text-anchor=\"middle\">{Escape(categories[i])}</text>");
            }
        }

        Legend(svg, series.Select(s => s.Name).ToList());
        return End(svg);
    }

    /// <summary>Horizontal bars, largest first, for rankings such as partners by engagement.</summary>
    public static string HorizontalBars(string title, IReadOnlyList<(string Label, double Value)> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var rowHeight = 20;
        var height = Top + (bars.Count * rowHeight) + 8;
        var max = bars.Select(b => b.Value).DefaultIfEmpty(0).Max();
        max = max <= 0 ? 1 : max;
        // The label column is as wide as the longest label (about 7 px a character at 12 px, a generous
        // estimate), so no name is cut at the left edge; the bars take what is left, less room for the value.
        var labelWidth = 10 + (7 * bars.Select(b => b.Label.Length).DefaultIfEmpty(0).Max());
        var barStart = labelWidth + 10;
        var valueRoom = 50;
        var width = Math.Max(Width, barStart + valueRoom + 200);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 {width} {height}\" width=\"100%\" aria-label=\"{Escape(title)}\"><title>{Escape(title)}</title>");
        for (var i = 0; i < bars.Count; i++)
        {
            var y = Top + (i * rowHeight);
            var w = bars[i].Value / max * (width - barStart - valueRoom);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth}\" y=\"{y + 14}\" font-size=\"12\" text-anchor=\"end\">{Escape(bars[i].Label)}</text>")
               .Append(CultureInfo.InvariantCulture, $"<rect x=\"{barStart}\" y=\"{y + 3}\" width=\"{w:0.#}\" height=\"{rowHeight - 6}\" fill=\"{Palette[0]}\"><title>{Escape(bars[i].Label)}: {bars[i].Value:0.###}</title></rect>")
               .Append(CultureInfo.InvariantCulture, $"<text x=\"{barStart + 5 + w:0.#}\" y=\"{y + 14}\" font-size=\"11\">{bars[i].Value:0.##}</text>");
        }

        return End(svg);
    }

    // About 20 labels fit the axis; label every n-th category beyond that.
    private static int LabelStep(int categories) => Math.Max(1, (int)Math.Ceiling(categories / 20.0));

    private static StringBuilder Begin(string title) => new StringBuilder()
        .Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 {Width} {Height + 24}\" width=\"100%\" aria-label=\"{Escape(title)}\"><title>{Escape(title)}</title>");

    private static string End(StringBuilder svg) => svg.Append("</svg>").ToString();

    private static void Axis(StringBuilder svg, double max)
    {
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width - Right}\" y2=\"{Height - Bottom}\" stroke=\"#444\"/>")
           .Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Height - Bottom}\" stroke=\"#444\"/>");
        for (var t = 0; t <= 4; t++)
        {
            var v = max * t / 4;
            var y = Height - Bottom - ((double)t / 4 * (Height - Top - Bottom));
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{y + 4:0.#}\" font-size=\"10\" text-anchor=\"end\">{v:0.##}</text>")
               .Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{y:0.#}\" x2=\"{Width - Right}\" y2=\"{y:0.#}\" stroke=\"#ddd\"/>");
        }
    }

    private static void Legend(StringBuilder svg, IReadOnlyList<string> names)
    {
        var x = (double)Left;
        for (var i = 0; i < names.Count; i++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.#}\" y=\"{Height + 4}\" width=\"12\" height=\"12\" fill=\"{Palette[i % Palette.Count]}\"/>")
               .Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 16:0.#}\" y=\"{Height + 14}\" font-size=\"12\">{Escape(names[i])}</text>");
            x += 30 + (names[i].Length * 7);
        }
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
