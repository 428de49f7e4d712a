using DongThuan.Web.Infrastructure.Web;
using System.ComponentModel.DataAnnotations;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Calendar.DeadlineRules;

/// <summary>
/// Administrators keep the rules in step with the law. When a law changes, end the old rule (valid to)
/// and add a new one with the same code: items keep the rule of their own date.
/// </summary>
[Authorize(Policy = Permissions.Administer)]
public sealed class EditModel(DongThuanDb db) : RefusingPage
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Quy tắc cần có mã và tên.")]
        [RegularExpression("^[a-z0-9.-]{3,100}$", ErrorMessage = "Mã gồm chữ thường không dấu, chữ số, dấu chấm và gạch ngang.")]
        public string Code { get; set; } = "";

        [Required(ErrorMessage = "Quy tắc cần có mã và tên.")]
        [MaxLength(300)]
        public string Name { get; set; } = "";

        public int Amount { get; set; } = 1;

        public DeadlineUnit Unit { get; set; } = DeadlineUnit.CalendarDays;

        [MaxLength(300)]
        public string? StartEvent { get; set; }

        public DeadlineStart Starts { get; set; } = DeadlineStart.Receipt;

        public int? VeryLateAfter { get; set; }

        [MaxLength(500)]
        public string? LegalBasis { get; set; }

        [MaxLength(500)]
        public string? Note { get; set; }

        public DateOnly? ValidFrom { get; set; }

        public DateOnly? ValidTo { get; set; }
    }

    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();


    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            var r = await db.Set<DeadlineRule>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
            if (r is null)
            {
                return NotFound();
            }

            Input = new InputModel
            {
                Code = r.Code, Name = r.Name, Amount = r.Amount, Unit = r.Unit, StartEvent = r.StartEvent, Starts = r.Starts, VeryLateAfter = r.VeryLateAfter,
                LegalBasis = r.LegalBasis, Note = r.Note, ValidFrom = r.ValidFrom, ValidTo = r.ValidTo,
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Id is { } id && !await db.Set<DeadlineRule>().AnyAsync(r => r.Id == id, ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (outcome, _) = await SaveDeadlineRule.ExecuteAsync(db, Id, new(Input.Code, Input.Name, Input.Amount, Input.Unit, Input.StartEvent, Input.Starts, Input.VeryLateAfter,
            Input.LegalBasis, Input.ValidFrom, Input.ValidTo, Input.Note), ct);
        return outcome.Succeeded ? RedirectToPage("Index") : Refused(outcome.Refusal!.Message);
    }
}
