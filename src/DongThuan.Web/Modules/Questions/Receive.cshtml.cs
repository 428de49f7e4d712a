using System.ComponentModel.DataAnnotations;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Questions;

/// <summary>
/// The council office records a question a delegate handed in on paper, with the day it was received
/// (<see cref="WriteQuestion.ReceiveAsync"/>, the same use case as the API): it is submitted at once, ready to forward.
/// </summary>
[Authorize(Policy = Permissions.CouncilOffice)]
public sealed class ReceiveModel(QuestionDesk desk) : QuestionPage(desk)
{
    public sealed class InputModel
    {
        public Guid? DelegatePersonId { get; set; }

        public QuestionChannel Channel { get; set; } = QuestionChannel.BetweenSessions;

        public Guid? SessionId { get; set; }

        [Required(ErrorMessage = "Vui lòng nhập vấn đề chất vấn và nội dung.")]
        [MaxLength(500)]
        public string Title { get; set; } = "";

        [Required(ErrorMessage = "Vui lòng nhập vấn đề chất vấn và nội dung.")]
        [MaxLength(20000)]
        public string Content { get; set; } = "";

        /// <summary>The day the office received it; empty is today.</summary>
        public DateOnly? On { get; set; }
    }

    public sealed record Choice(Guid Id, string Name);

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<Choice> Delegates { get; private set; } = [];

    public IReadOnlyList<Choice> Sessions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadChoicesAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadChoicesAsync(ct);
        if (!ModelState.IsValid)
        {
            RefuseAsShown();
            return Page();
        }

        var (outcome, question) = await WriteQuestion.ReceiveAsync(Desk, User,
            new WriteQuestion.Request(Input.Channel, Input.Title, Input.Content, Input.SessionId, [], Input.DelegatePersonId ?? Guid.Empty, Input.On), ct);
        return outcome.Succeeded ? Redirect($"/Questions/Details/{question!.Id}") : Refused(outcome);
    }

    /// <summary>The delegates and sessions of the councils where the user is the office (every council for an administrator).</summary>
    private async Task LoadChoicesAsync(CancellationToken ct)
    {
        var councils = await Desk.Db.Bodies.AsNoTracking().Where(b => b.Kind == BodyKind.Council && b.ArchivedAt == null).OfficeScoped(User).ToListAsync(ct);
        var delegates = new List<Choice>();
        foreach (var council in councils)
        {
            delegates.AddRange((await WriteQuestion.CouncilDelegatesAsync(Desk.Db, council.Id, ct)).Select(d => new Choice(d.Id, councils.Count > 1 ? $"{d.Name} ({council.Name})" : d.Name)));
        }

        Delegates = delegates;
        var ids = councils.Select(c => c.Id).ToList();
        Sessions = [.. (await WriteQuestion.SessionChoicesAsync(Desk.Db, ids, ct)).Select(x => new Choice(x.Id, x.Name))];
    }
}
