using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Coordination;

/// <summary>A task's own address (the board links here): its programme's page, at the task, for those who may see the programme.</summary>
[Authorize(Policy = Permissions.Staff)]
public sealed class TaskModel(DongThuanDb db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var programmeId = await db.CoordinationTasks.AsNoTracking().Where(t => t.Id == id).Select(t => (Guid?)t.ProgrammeId).SingleOrDefaultAsync(ct);
        if (programmeId is not { } pid || !await CoordinationAccess.Visible(db, User).AnyAsync(p => p.Id == pid, ct))
        {
            return NotFound();
        }

        return Redirect($"/Coordination/Details/{pid}#task-{id}");
    }
}
