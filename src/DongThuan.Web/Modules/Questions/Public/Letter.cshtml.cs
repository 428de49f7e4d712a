using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Files;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Questions.Public;

/// <summary>
/// The signed letter of one answer, for anyone: an answer is public once given (<see cref="PublicQuestions"/>), and so is
/// the letter it was sent as. A question not answered, or an answer without a file, is 404.
/// </summary>
[AllowAnonymous]
public sealed class LetterModel(DongThuanDb db, FileStore files) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, int round, CancellationToken ct)
    {
        var answered = PublicQuestions.Answered(db);
        var answer = await db.Set<QuestionAnswer>().AsNoTracking()
            .Where(a => a.QuestionId == id && a.Round == round && a.FileSha256 != null && answered.Any(q => q.Id == a.QuestionId)).SingleOrDefaultAsync(ct);
        return answer is null ? NotFound() : File(files.Open(answer.FileSha256!), answer.FileContentType!, answer.FileName);
    }
}
