using DongThuan.Web.Infrastructure.Domain;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DongThuan.Web.Infrastructure.Web;

/// <summary>
/// The one way a page refuses what was posted: it shows the same page again with the reason (a resx key, shown
/// in the reader's language by the <c>_Refusal</c> partial, or the fields' own messages) and answers 422, and
/// nothing is saved. The API's counterpart is <see cref="Problems.Refused"/>.
/// </summary>
public abstract class RefusingPage : PageModel
{
    /// <summary>The refusal to show, as its Vietnamese text (the page localizes it).</summary>
    public string? Refusal { get; protected set; }

    /// <summary>Refuses with a reason and shows the page again.</summary>
    protected PageResult Refused(string message)
    {
        Refuse(message);
        return Page();
    }

    protected PageResult Refused(Outcome outcome) => Refused(outcome.Refusal!.Message);

    /// <summary>Refuses with a reason; the caller still has the page to fill before showing it.</summary>
    protected void Refuse(string message)
    {
        Refusal = message;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
    }

    protected void Refuse(Refusal refusal) => Refuse(refusal.Message);

    /// <summary>Refuses with the messages already on the page (the fields' own, from model validation, or a refusal set before).</summary>
    protected void RefuseAsShown() => Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
}
