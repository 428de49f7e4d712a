using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DongThuan.Web.Infrastructure.Web;

/// <summary>
/// A page that can refuse what was posted: it shows the same page again with the reason (a resx key, shown
/// in the reader's language by the <c>_Refusal</c> partial) and answers 422, and nothing is saved.
/// </summary>
public abstract class RefusingPage : PageModel
{
    public string? Refusal { get; protected set; }

    protected PageResult Refused(string message)
    {
        Refusal = message;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
