using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.Import;
using DongThuan.Web.Infrastructure.Text;
using DongThuan.Web.Modules.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Organisation;

/// <summary>
/// People of the unit and the positions they hold, from a sheet, with an account where a login name is given (invited by
/// email, since an import never carries passwords). A person already there (same name, and same email where one is
/// given) is not added again; a position already held (same body, title and start) is skipped; a person with an account
/// keeps it. The rules are the entities' and <see cref="CreateAccount"/>'s, with the importing office's own rights.
/// </summary>
public sealed class PeopleImport(DongThuanDb db, UserManager<AppUser> users, PasswordLinks links) : ISheetImport
{
    private const string Name = "Họ tên", Email = "Email", Phone = "Điện thoại", BodyName = "Cơ quan", Title = "Chức vụ", From = "Từ ngày", To = "Đến ngày",
        TermNumber = "Nhiệm kỳ", Login = "Tên đăng nhập", Role = "Vai trò";

    public string Kind => "people";

    public int Order => 1;

    string ISheetImport.Title => "Người và chức vụ (tài khoản nếu cần)";

    public IReadOnlyList<string> Columns { get; } = [Name, Email, Phone, BodyName, Title, From, To, TermNumber, Login, Role];

    public IReadOnlyList<string> Required { get; } = [Name, BodyName, Title, From];

    public IReadOnlyDictionary<string, object?> Example { get; } = new Dictionary<string, object?>
    {
        [Name] = "Nguyễn Văn An", [Email] = "an@example.vn", [Phone] = "0912345678", [BodyName] = "Tổ đại biểu số 1", [Title] = "Tổ trưởng",
        [From] = "01/07/2025", [To] = "", [TermNumber] = "", [Login] = "nguyenvanan", [Role] = "Đại biểu HĐND",
    };

    public async Task<(RowResult Result, Refusal? Refusal)> ImportAsync(ImportContext context, ImportRow row, CancellationToken ct)
    {
        var (fromOk, from) = row.Date(From);
        var (toOk, to) = row.Date(To);
        var (termOk, termNumber) = row.WholeNumber(TermNumber);
        if (!fromOk || !toOk || !termOk)
        {
            return (RowResult.Refused, !termOk ? OrganisationRefusals.TermNumber : ImportRow.DateForm);
        }

        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == context.UnitId, ct);
        var fullName = row.Text(Name) ?? "";
        var email = row.Text(Email);
        var changed = false;
        var person = await db.People.FirstOrDefaultAsync(p => p.UnitId == unit.Id && p.ArchivedAt == null && p.FullName == fullName.Trim()
                                                               && (email == null || p.Email == email), ct);
        if (person is null)
        {
            person = Person.Create(fullName, unit, email, row.Text(Phone), out var created);
            if (!created.Succeeded)
            {
                return (RowResult.Refused, created.Refusal);
            }

            db.People.Add(person);
            await db.SaveChangesAsync(ct);
            changed = true;
        }

        Body? body = null;
        if (row.Text(BodyName) is { } bodyName)
        {
            body = await db.Bodies.AsNoTracking().FirstOrDefaultAsync(b => b.UnitId == unit.Id && b.ArchivedAt == null && b.Name == bodyName, ct);
            if (body is null)
            {
                return (RowResult.Refused, OrganisationRefusals.ImportBodyUnknown);
            }

            if (row.Text(Title) is not { } title || from is not { } starts)
            {
                return (RowResult.Refused, OrganisationRefusals.ImportPositionFields);
            }

            var term = termNumber is { } n && body.CouncilId is { } council
                ? await db.Terms.AsNoTracking().SingleOrDefaultAsync(t => t.CouncilId == council && t.Number == n && t.ArchivedAt == null, ct)
                : null;
            if (termNumber is not null && term is null)
            {
                return (RowResult.Refused, OrganisationRefusals.ImportTermUnknown);
            }

            if (!await db.Positions.AnyAsync(p => p.PersonId == person.Id && p.BodyId == body.Id && p.Title == title && p.StartsOn == starts && p.ArchivedAt == null, ct))
            {
                var position = Position.Assign(person, body, title, term, starts, to, out var assigned);
                if (!assigned.Succeeded)
                {
                    return (RowResult.Refused, assigned.Refusal);
                }

                db.Positions.Add(position);
                await db.SaveChangesAsync(ct);
                changed = true;
            }
        }

        if (row.Text(Login) is { } login && !await db.Users.AnyAsync(u => u.PersonId == person.Id && u.ArchivedAt == null, ct))
        {
            var role = RoleOf(row.Text(Role));
            if (role is null)
            {
                return (RowResult.Refused, OrganisationRefusals.ImportRoleUnknown);
            }

            if (body is null)
            {
                return (RowResult.Refused, OrganisationRefusals.ImportAccountNeedsBody);
            }

            var account = await CreateAccount.ExecuteAsync(db, users, links, context.User, new(login, email, person.Id, null, [new(role.Value, body.Id)]), ct);
            if (!account.Outcome.Succeeded)
            {
                return (RowResult.Refused, account.Outcome.Refusal);
            }

            changed = true;
        }

        return (changed ? RowResult.Imported : RowResult.Skipped, null);
    }

    /// <summary>A role by its Vietnamese name as the pages show it (with or without marks), or by its code; never administrator or citizen.</summary>
    private static AppRole? RoleOf(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var folded = VietnameseText.Fold(text);
        return Enum.GetValues<AppRole>().Where(r => r is not (AppRole.Administrator or AppRole.Citizen)).Cast<AppRole?>()
            .FirstOrDefault(r => VietnameseText.Fold(RoleNames.Of(r!.Value)) == folded || string.Equals(r.ToString(), text.Trim(), StringComparison.OrdinalIgnoreCase));
    }
}
