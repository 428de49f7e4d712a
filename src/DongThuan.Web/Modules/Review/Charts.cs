using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace DongThuan.Web.Modules.Review;

/// <summary>
/// Charts drawn on the server, no script: the labels and numbers are HTML text, so they keep the page's font size,
/// wrap instead of being cut, and read on a 360 px phone as on a desk; only the bar itself is a small SVG stretched to
/// its row (an SVG attribute, not an inline style, which the content security policy forbids). Every bar carries its
/// number as text, so colour is never the only carrier, and a screen reader reads each row as "label, value".
/// </summary>
public static class Charts
{
    public sealed record Bar(string Label, double Value, string Text, string? Url, string? Css = null);

    /// <summary>One entry of a legend: the class of the bars it explains and what they mean.</summary>
    public sealed record Key(string? Css, string Meaning);

    private static readonly HtmlEncoder Encode = HtmlEncoder.Default;

    /// <summary>Horizontal bars, one row each (label and value above the bar), scaled to the largest or to <paramref name="max"/>.</summary>
    public static IHtmlContent Horizontal(string title, IReadOnlyList<Bar> bars, double? max = null)
    {
        var top = max ?? bars.Select(b => b.Value).DefaultIfEmpty(0).Max();
        var html = Open("bars", title);
        foreach (var b in bars)
        {
            var share = top <= 0 ? 0 : Math.Clamp(b.Value / top * 100, b.Value > 0 ? 1 : 0, 100);
            Row(html, b, string.Create(CultureInfo.InvariantCulture,
                $"<span class=\"label\">{Encode.Encode(b.Label)}</span><span class=\"value\">{Encode.Encode(b.Text)}</span>"
                + $"<svg class=\"track\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" aria-hidden=\"true\"><rect width=\"{share:0.##}\" height=\"10\"></rect></svg>"));
        }

        return Close(html);
    }

    /// <summary>Vertical columns side by side (the months of a year), the number above each and the label below.</summary>
    public static IHtmlContent Columns(string title, IReadOnlyList<Bar> bars)
    {
        var top = bars.Select(b => b.Value).DefaultIfEmpty(0).Max();
        var html = Open("columns", title);
        foreach (var b in bars)
        {
            var share = top <= 0 ? 0 : Math.Clamp(b.Value / top * 100, b.Value > 0 ? 1 : 0, 100);
            Row(html, b, string.Create(CultureInfo.InvariantCulture,
                $"<span class=\"value\">{Encode.Encode(b.Text)}</span>"
                + $"<svg class=\"track\" viewBox=\"0 0 10 100\" preserveAspectRatio=\"none\" aria-hidden=\"true\"><rect y=\"{100 - share:0.##}\" width=\"10\" height=\"{share:0.##}\"></rect></svg>"
                + $"<span class=\"label\">{Encode.Encode(b.Label)}</span>"));
        }

        return Close(html);
    }

    /// <summary>What the colours of a chart mean, under it.</summary>
    public static IHtmlContent Legend(IReadOnlyList<Key> keys)
    {
        var html = new StringBuilder("<ul class=\"legend\">");
        foreach (var k in keys)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<li class=\"{Encode.Encode(k.Css ?? "")}\"><svg viewBox=\"0 0 10 10\" aria-hidden=\"true\"><rect width=\"10\" height=\"10\"></rect></svg>{Encode.Encode(k.Meaning)}</li>");
        }

        return new HtmlString(html.Append("</ul>").ToString());
    }

    private static StringBuilder Open(string kind, string title) =>
        new StringBuilder().Append(CultureInfo.InvariantCulture, $"<figure class=\"chart {kind}\" role=\"group\" aria-label=\"{Encode.Encode(title)}\"><ol>");

    /// <summary>A bar's row, inside a link to its records when it has one.</summary>
    private static void Row(StringBuilder html, Bar b, string content)
    {
        html.Append(CultureInfo.InvariantCulture, $"<li class=\"bar {Encode.Encode(b.Css ?? "")}\">");
        html.Append(b.Url is null ? $"<span class=\"row\">{content}</span>" : $"<a class=\"row\" href=\"{Encode.Encode(b.Url)}\">{content}</a>");
        html.Append("</li>");
    }

    private static HtmlString Close(StringBuilder html) => new(html.Append("</ol></figure>").ToString());
}
