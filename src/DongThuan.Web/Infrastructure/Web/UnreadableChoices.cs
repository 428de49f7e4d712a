using System.Reflection;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace DongThuan.Web.Infrastructure.Web;

/// <summary>
/// A checkbox posted as something other than true or false ("maybe"): the binder records the error, and the
/// page redrawn with it would make the checkbox tag helper throw while parsing the attempted value (a 500). For
/// every page: such a field is redrawn unticked, and the page says which field was not understood, so the 422
/// reads like any other refusal.
/// A date that cannot be read ("31/02/2026") stops the request instead, with a 422 that says which: left empty, a
/// "day it happened" field would silently mean today, and a filter would silently not filter.
/// </summary>
public sealed class UnreadableChoices(IStringLocalizer<SharedResource> l) : IPageFilter
{
    public static readonly Domain.Refusal NotAChoice = new("input-not-a-choice", "Trường «{0}» có giá trị không hợp lệ; hãy chọn lại.");

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        var state = context.ModelState;
        foreach (var key in state.Where(e => e.Value is { Errors.Count: > 0 }).Select(e => e.Key).ToList())
        {
            var bound = PropertyType(context.HandlerInstance.GetType(), key)
                        ?? context.HandlerMethod?.Parameters.FirstOrDefault(p => string.Equals(p.Name, key, StringComparison.OrdinalIgnoreCase))?.ParameterType;
            if (bound is { } date && (Nullable.GetUnderlyingType(date) ?? date) == typeof(DateOnly))
            {
                context.HttpContext.Items[InputGuard.RefusalItem] = l[DayMonthYearBinder.Unreadable.Message, state[key]!.AttemptedValue ?? ""].Value;
                context.Result = new Microsoft.AspNetCore.Mvc.StatusCodeResult(StatusCodes.Status422UnprocessableEntity);
                return;
            }

            if (PropertyType(context.HandlerInstance.GetType(), key) is { } type && (Nullable.GetUnderlyingType(type) ?? type) == typeof(bool))
            {
                state.SetModelValue(key, false, "false");
                state.AddModelError("", l[NotAChoice.Message, key.Split('.')[^1]]);
            }
        }
    }

    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }

    /// <summary>The type of the bound property a model-state key ("Input.ConsentHandling") names, or null.</summary>
    private static Type? PropertyType(Type page, string key)
    {
        Type? type = page;
        foreach (var segment in key.Split('.'))
        {
            type = type?.GetProperty(segment, BindingFlags.Public | BindingFlags.Instance)?.PropertyType;
        }

        return type == page ? null : type;
    }
}
