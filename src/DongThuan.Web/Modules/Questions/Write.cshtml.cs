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

        public Guid? SessionId { get; set; }

        /// <summary>Other delegates of the council who co-sign the question (chosen when it is created).</summary>
        public List<Guid> CoSigners { get; set; } = [];

        /// <summary>A delegate's name typed into the search box (the browser offers the council's delegates as one types).</summary>
        public string? CoSignerName { get; set; }
    }

    public sealed record Choice(Guid Id, string Name);

    public IReadOnlyList<Choice> Sessions { get; private set; } = [];

    public IReadOnlyList<Choice> Delegates { get; private set; } = [];

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

            Input = new InputModel { Channel = Question!.Channel, Title = Question.Title, Content = Question.Content, SessionId = Question.SessionId };
        }

        await LoadChoicesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Id is { } id && await LoadAsync(id, q => QuestionAccess.IsAuthor(User, q), ct) is { } stop)
        {
            return stop;
        }

        await LoadChoicesAsync(ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (outcome, question) = Question is null
            ? await WriteQuestion.CreateAsync(Desk.Db, User, new(Input.Channel, Input.Title, Input.Content, Input.SessionId, Input.CoSigners), ct)
            : (Input.SessionId is { } sid && !Sessions.Any(x => x.Id == sid)
                ? QuestionRefusals.SessionRequired
                : Question.Edit(Input.Title, Input.Content, Input.Channel, Input.SessionId), Question);
        if (!outcome.Succeeded)
        {
            Desk.Db.ChangeTracker.Clear();
            return Refused(outcome.Refusal!.Message);
        }

        await Desk.Db.SaveChangesAsync(ct);
        return Redirect($"/Questions/Details/{question!.Id}");
    }

    /// <summary>
    /// Adds the delegate whose name was typed to the co-signers and shows the form again, nothing saved: a council has
    /// dozens of delegates, and a box that suggests names as one types (a datalist) finds one faster than a list of
    /// checkboxes, with no script.
    /// </summary>
    public async Task<IActionResult> OnPostAddCoSignerAsync(CancellationToken ct)
    {
        if (Id is { } id && await LoadAsync(id, q => QuestionAccess.IsAuthor(User, q), ct) is { } stop)
        {
            return stop;
        }

        await LoadChoicesAsync(ct);
        ModelState.Clear();
        var typed = (Input.CoSignerName ?? "").Trim();
        var matches = Delegates.Where(d => string.Equals(d.Name, typed, StringComparison.OrdinalIgnoreCase)).ToList();
        if (matches.Count != 1)
        {
            Refuse(matches.Count == 0 ? "Không có đại biểu tên này trong HĐND; hãy chọn một tên được gợi ý hoặc chọn trong danh sách." : "Có nhiều đại biểu trùng tên này; hãy chọn trong danh sách.");
            RefuseAsShown();
            return Page();
        }

        Input.CoSigners = [.. Input.CoSigners.Append(matches[0].Id).Distinct()];
        Input.CoSignerName = null;
        return Page();
    }

    /// <summary>A new draft by the signed-in delegate, in the council of their delegate group. Shared with the API.</summary>
    private async Task LoadChoicesAsync(CancellationToken ct)
    {
        var group = UnitScope.Scopes(User).FirstOrDefault(s => s.Role == AppRole.Delegate && s.BodyId != null).BodyId;
        var council = group is { } g ? await Desk.Db.Bodies.AsNoTracking().Where(b => b.Id == g).Select(b => b.ParentBodyId).SingleOrDefaultAsync(ct) : null;
        if (council is not { } c)
        {
            return;
        }

        Sessions = [.. (await WriteQuestion.SessionChoicesAsync(Desk.Db, [c], ct)).Select(x => new Choice(x.Id, x.Name))];
        var me = UnitScope.PersonId(User);
        Delegates = [.. (await WriteQuestion.CouncilDelegatesAsync(Desk.Db, c, ct)).Where(d => d.Id != me).Select(d => new Choice(d.Id, d.Name))];
    }
}
