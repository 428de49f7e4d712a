using Ganss.Xss;
using Markdig;
using Microsoft.AspNetCore.Html;

namespace DongThuan.Web.Modules.Portal;

/// <summary>
/// An article's Markdown as HTML safe to put in a page: Markdig renders it with raw HTML disabled (so a
/// pasted tag shows as text), and HtmlSanitizer removes anything that still is not plain formatting.
/// </summary>
public static class ArticleText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UseAutoLinks().UsePipeTables().Build();

    private static readonly HtmlSanitizer Sanitizer = new();

    public static IHtmlContent Html(string markdown) => new HtmlString(Sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline)));

    /// <summary>Plain text for feeds and meta descriptions.</summary>
    public static string Plain(string markdown) => Markdown.ToPlainText(markdown, Pipeline).Trim();
}
