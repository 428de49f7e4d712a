using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DongThuan.Web.Modules.Petitions.Api;

/// <summary>
/// The list of petition fields, shared by every council, kept by an administrator (as on the settings page): add one,
/// rename or reorder one, retire one (petitions already filed under it keep it).
/// </summary>
public static class FieldsApi
{
    public sealed record Request(string? Name, int Order);

    public static async Task<IResult> AddAsync(Request input, DongThuanDb db, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var field = PetitionField.Create(input.Name ?? "", input.Order, out var outcome);
        return await ApiWrites.SaveAsync(db, l, outcome, () => db.PetitionFields.Add(field), field.Id, "/Petitions/Settings", ct);
    }

    public static async Task<IResult> ChangeAsync(Guid id, Request input, DongThuanDb db, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (await db.PetitionFields.SingleOrDefaultAsync(f => f.Id == id && f.ArchivedAt == null, ct) is not { } field)
        {
            return TypedResults.NotFound();
        }

        var outcome = field.Rename(input.Name ?? "", input.Order);
        if (!outcome.Succeeded)
        {
            db.ChangeTracker.Clear();
            return Problems.Refused(outcome, l);
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    public static async Task<IResult> RetireAsync(Guid id, DongThuanDb db, TimeProvider time, CancellationToken ct)
    {
        if (await db.PetitionFields.SingleOrDefaultAsync(f => f.Id == id && f.ArchivedAt == null, ct) is not { } field)
        {
            return TypedResults.NotFound();
        }

        field.Archive(time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}
