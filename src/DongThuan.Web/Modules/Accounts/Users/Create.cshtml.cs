using DongThuan.Web.Infrastructure.Text;
using System.ComponentModel.DataAnnotations;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Accounts.Users;

/// <summary>
/// An administrator, or a council office for its own unit, creates an account for a person of the unit with a first
/// role (<see cref="CreateAccount"/>); more roles are given on the account's page. Without a password, an invitation goes out.
/// </summary>
[Authorize(Policy = Permissions.CouncilOffice)]
public sealed class CreateModel(DongThuanDb db, UserManager<AppUser> users, PasswordLinks links) : RefusingPage
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vui lòng nhập tên đăng nhập.")]
        [MaxLength(64)]
        public string UserName { get; set; } = "";

        public Guid? PersonId { get; set; }

        [MaxLength(200)]
        public string? DisplayName { get; set; }

        [MaxLength(256)]
        public string? Email { get; set; }

        public AppRole? Role { get; set; }

        public Guid? BodyId { get; set; }

        [MaxLength(256)]
        public string? Password { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<Person> People { get; private set; } = [];

    public IReadOnlyList<Body> Bodies { get; private set; } = [];

    public IReadOnlyList<AppRole> Roles { get; private set; } = [];

    public async Task OnGetAsync(Guid? personId, CancellationToken ct)
    {
        Input.PersonId = personId;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            RefuseAsShown();
            await LoadAsync(ct);
            return Page();
        }

        var result = await CreateAccount.ExecuteAsync(db, users, links, User, new CreateAccount.Request(Input.UserName, Input.Email, Input.PersonId, Input.Password,
            Input.Role is { } role ? [new CreateAccount.RoleInBody(role, Input.BodyId)] : [], Input.DisplayName), ct);
        if (!result.Outcome.Succeeded)
        {
            Refuse(result.Outcome.Refusal!);
            await LoadAsync(ct);
            return Page();
        }

        return RedirectToPage("Details", new { id = result.Account!.Id, invited = result.Invited ? true : (bool?)null });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        People = [.. (await db.People.AsNoTracking().Where(p => p.ArchivedAt == null).OfficeScoped(User).ToListAsync(ct)).OrderBy(p => p.FullName, VietnameseOrder.Names)];
        Bodies = await db.Bodies.AsNoTracking().Where(b => b.ArchivedAt == null).OfficeScoped(User).OrderBy(b => b.Kind).ThenBy(b => b.Name).ToListAsync(ct);
        Roles = [.. Enum.GetValues<AppRole>().Where(r => UnitScope.IsAdministrator(User) || r is not (AppRole.Administrator or AppRole.Citizen))];
    }
}
