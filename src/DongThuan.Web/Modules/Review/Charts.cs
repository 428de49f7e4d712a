using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace DongThuan.Web.Modules.Review;

/// <summary>
/// Charts drawn on the server as inline SVG: no script, no other host, readable without colour (every bar
/// carries its number as text) and by screen readers (a title and a description name what is shown).
/// </summary>
public static class Charts
{
    public sealed record Bar(string Label, double Value, string Text, string? Url, string? Css = null);

    private static readonly HtmlEncoder Encode = HtmlEncoder.Default;

    /// <summary>Horizontal bars, one row each, scaled to the largest (or to <paramref name="max"/>).</summary>
    /// <remarks>The SVG scales to its box, so <paramref name="width"/> should be near the box's width in pixels, or the text grows or shrinks with it.</remarks>
    public static IHtmlContent Horizontal(string title, IReadOnlyList<Bar> bars, double? max = null, int width = 420, int labelWidth = 190)
    {
        const int row = 28, textWidth = 90;
        var height = Math.Max(1, bars.Count) * row + 8;
        var top = max ?? bars.Select(b => b.Value).DefaultIfEmpty(0).Max();
        var scale = top <= 0 ? 0 : (width - labelWidth - textWidth) / top;
        var svg = Open(title, width, height, string.Join("; ", bars.Select(b => $"{b.Label}: {b.Text}")));
        for (var i = 0; i < bars.Count; i++)
        {
            var b = bars[i];
            var y = 4 + i * row;
            var w = Math.Max(b.Value > 0 ? 2 : 0, b.Value * scale);
            var label = Shorten(b.Label, labelWidth / 7);
            AppendBar(svg, b, string.Create(CultureInfo.InvariantCulture,
                $"<text x=\"0\" y=\"{y + 18}\" class=\"label\">{Encode.Encode(label)}</text>"
                + $"<rect x=\"{labelWidth}\" y=\"{y + 4}\" width=\"{w:0.#}\" height=\"{row - 10}\" rx=\"2\"></rect>"
                + $"<text x=\"{labelWidth + w + 6:0.#}\" y=\"{y + 18}\" class=\"value\">{Encode.Encode(b.Text)}</text>"));
        }

        return Close(svg);
    }

    /// <summary>Vertical columns (months), the count above each.</summary>
    public static IHtmlContent Columns(string title, IReadOnlyList<Bar> bars, int width = 420, int height = 220)
    {
        const int bottom = 28, topPad = 20;
        var slot = (double)width / Math.Max(1, bars.Count);
        var top = bars.Select(b => b.Value).DefaultIfEmpty(0).Max();
        var scale = top <= 0 ? 0 : (height - bottom - topPad) / top;
        var svg = Open(title, width, height, string.Join("; ", bars.Select(b => $"{b.Label}: {b.Text}")));
        for (var i = 0; i < bars.Count; i++)
        {
            var b = bars[i];
            var h = b.Value * scale;
            var x = i * slot + slot * 0.15;
            var y = height - bottom - h;
            AppendBar(svg, b, string.Create(CultureInfo.InvariantCulture,
                $"<rect x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{slot * 0.7:0.#}\" height=\"{h:0.#}\" rx=\"2\"></rect>"
                + $"<text x=\"{x + slot * 0.35:0.#}\" y=\"{y - 4:0.#}\" class=\"value\" text-anchor=\"middle\">{Encode.Encode(b.Text)}</text>"
                + $"<text x=\"{x + slot * 0.35:0.#}\" y=\"{height - 8}\" class=\"label\" text-anchor=\"middle\">{Encode.Encode(b.Label)}</text>"));
        }

        return Close(svg);
    }

    /// <summary>A bar's shapes in a group, inside a link to its records when it has one.</summary>
    private static void AppendBar(StringBuilder svg, Bar b, string shapes)
    {
        svg.Append(CultureInfo.InvariantCulture, $"<g class=\"bar {b.Css}\">");
        svg.Append(b.Url is null ? shapes : $"<a href=\"{Encode.Encode(b.Url)}\">{shapes}</a>");
        svg.Append("</g>");
    }

    private static StringBuilder Open(string title, int width, int height, string description)
    {
        var id = "c" + Guid.NewGuid().ToString("N")[..8];
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"chart\" viewBox=\"0 0 {width} {height}\" width=\"100%\" role=\"img\" aria-labelledby=\"{id}t {id}d\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}t\">{Encode.Encode(title)}</title><desc id=\"{id}d\">{Encode.Encode(description)}</desc>");
        return svg;
    }

    private static HtmlString Close(StringBuilder svg) => new(svg.Append("</svg>").ToString());

    private static string Shorten(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
