using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace DongThuan.Web.Infrastructure.Web;

/// <summary>
/// Dates read and typed as ngày/tháng/năm (05/12/2026) whatever the browser's language. A native date input shows the
/// browser's own order (mm/dd/yyyy in an English-language browser), which a Vietnamese office misreads; so every date
/// field is a text field written day first, and the binder reads day-first dates, and ISO dates (2026-12-05) from
/// programs and older bookmarks, the same way for forms and query strings (whose default binding reads the invariant
/// culture's month-first order).
/// </summary>
public static class DayMonthYear
{
    public const string Format = "dd/MM/yyyy";

    /// <summary>What the browser checks before sending (no script needed): day first, or ISO.</summary>
    /// <remarks>Browsers compile it in the regular expressions' v mode, where "/" and "-" inside a class are errors: none here.</remarks>
    public const string Pattern = @"\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2}";

    private static readonly string[] Formats = ["yyyy-MM-dd", "d/M/yyyy", "d.M.yyyy", "d-M-yyyy"];

    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact((text ?? "").Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string Show(DateOnly date) => date.ToString(Format, CultureInfo.InvariantCulture);
}

/// <summary>Binds <see cref="DateOnly"/> and <see cref="Nullable{DateOnly}"/> with <see cref="DayMonthYear.TryParse"/>.</summary>
public sealed class DayMonthYearBinder : IModelBinder
{
    public static readonly Domain.Refusal Unreadable = new("input-date", "Ngày «{0}» không đọc được; hãy viết theo dạng ngày/tháng/năm, ví dụ 05/12/2026.");

    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (value == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, value);
        var text = value.FirstValue;
        if (string.IsNullOrWhiteSpace(text))
        {
            if (Nullable.GetUnderlyingType(bindingContext.ModelType) is not null)
            {
                bindingContext.Result = ModelBindingResult.Success(null);
            }

            return Task.CompletedTask;
        }

        if (DayMonthYear.TryParse(text, out var date))
        {
            bindingContext.Result = ModelBindingResult.Success(date);
        }
        else
        {
            // The page filter UnreadableChoices turns this into a 422 naming the date, in the reader's language.
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, string.Format(CultureInfo.InvariantCulture, Unreadable.Message, text));
        }

        return Task.CompletedTask;
    }
}

public sealed class DayMonthYearBinderProvider : IModelBinderProvider
{
    private static readonly DayMonthYearBinder Binder = new();

    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        (Nullable.GetUnderlyingType(context.Metadata.ModelType) ?? context.Metadata.ModelType) == typeof(DateOnly) ? Binder : null;
}

/// <summary>
/// Turns every <c>&lt;input type="date"&gt;</c> of the pages into a day-first text field (after the framework's own input
/// tag helper has written it): its ISO value written 05/12/2026, a pattern the browser enforces, a hint of the order.
/// </summary>
[HtmlTargetElement("input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DayMonthYearInputTagHelper : TagHelper
{
    // After Microsoft's InputTagHelper, which decides the type of an asp-for input.
    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!output.Attributes.TryGetAttribute("type", out var type) || !string.Equals(type.Value?.ToString(), "date", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        output.Attributes.SetAttribute("type", "text");
        if (output.Attributes.TryGetAttribute("value", out var value) && DayMonthYear.TryParse(value.Value?.ToString(), out var date))
        {
            output.Attributes.SetAttribute("value", DayMonthYear.Show(date));
        }

        // A text field has no min or max; the server's rules check the range.
        output.Attributes.RemoveAll("min");
        output.Attributes.RemoveAll("max");
        output.Attributes.SetAttribute("inputmode", "numeric");
        output.Attributes.SetAttribute("pattern", DayMonthYear.Pattern);
        output.Attributes.SetAttribute("placeholder", "dd/mm/yyyy");
        output.Attributes.SetAttribute("title", "ngày/tháng/năm — day/month/year");
        output.Attributes.SetAttribute("autocomplete", "off");
        output.Attributes.SetAttribute("maxlength", "10");
        output.Attributes.SetAttribute("class", string.Join(' ', new[] { output.Attributes["class"]?.Value?.ToString(), "date" }.Where(c => !string.IsNullOrEmpty(c))));
    }
}
