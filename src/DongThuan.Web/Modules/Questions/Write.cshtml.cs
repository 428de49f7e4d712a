using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Questions;

/// <summary>A delegate writes or corrects a question; it stays a draft until they submit it to the standing committee.</summary>
[Authorize(Roles = nameof(AppRole.Delegate))]
public sealed class WriteModel(QuestionDesk desk) : QuestionPage(desk)
{
    public sealed class InputModel
    {
        public QuestionChannel Channel { get; set; } = QuestionChannel.BetweenSessions;

        [Required(ErrorMessage = "Vui lòng nhập vấn đề chất vấn và nội dung.")]
        [MaxLength(500)]
        public string Title { get; set; } = "";

        [Required(ErrorMessage = "Vui lòng nhập vấn đề chất vấn và nội dung.")]
        [MaxLength(20000)]
        public string Content { get; set; } = "";
    }

    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            if (await LoadAsync(id, q => QuestionAccess.IsAuthor(User, q), ct) is { } stop)
            {
                return stop;
            }

            Input = new InputModel { Channel = Question!.Channel, Title = Question.Title, Content = Question.Content };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Id is { } id && await LoadAsync(id, q => QuestionAccess.IsAuthor(User, q), ct) is { } stop)
        {
            return stop;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (outcome, question) = Question is null
            ? await CreateAsync(Desk.Db, User, Input, ct)
            : (Question.Edit(Input.Title, Input.Content), Question);
        if (!outcome.Succeeded)
        {
            Refusal = outcome.Refusal!.Message;
            return Page();
        }

        await Desk.Db.SaveChangesAsync(ct);
        return Redirect($"/Questions/Details/{question!.Id}");
    }

    /// <summary>A new draft by the signed-in delegate, in the council of their delegate group. Shared with the API.</summary>
    public static async Task<(Outcome, Question?)> CreateAsync(DongThuanDb db, ClaimsPrincipal user, InputModel input, CancellationToken ct)
    {
        var person = UnitScope.PersonId(user);
        var group = UnitScope.Scopes(user).FirstOrDefault(s => s.Role == AppRole.Delegate && s.BodyId != null).BodyId;
        var council = group is { } g ? await db.Bodies.AsNoTracking().Where(b => b.Id == g).Select(b => b.ParentBodyId).SingleOrDefaultAsync(ct) : null;
        var councilBody = council is { } c ? await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Id == c, ct) : null;
        if (person is null || councilBody is null)
        {
            return (QuestionRefusals.NoDelegateProfile, null);
        }

        var question = Question.Draft(councilBody.UnitId, councilBody.Id, person.Value, input.Channel, input.Title, input.Content, out var outcome);
        if (outcome.Succeeded)
        {
            db.Questions.Add(question);
        }

        return (outcome, question);
    }
}
