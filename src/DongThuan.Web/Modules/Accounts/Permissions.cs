using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace DongThuan.Web.Modules.Accounts;

/// <summary>
/// The named permissions (authorization policies) of the application. Every page and endpoint names
/// one of these or allows anonymous access explicitly: pages default to <see cref="SignedIn"/> by folder
/// convention, and a test walks every endpoint so that a new one without a rule fails the build.
/// </summary>
public static class Permissions
{
    public const string SignedIn = "signed-in";
    public const string Staff = "staff";
    public const string Administer = "administer";

    /// <summary>
    /// Council office work (organisation records, sessions, forwarding questions): council office staff and
    /// administrators. The record's unit is then checked with <see cref="UnitScope.IsCouncilOfficeOf"/>.
    /// </summary>
    public const string CouncilOffice = "council-office";

    /// <summary>The portal's news and comments: the council office, editors and administrators.</summary>
    public const string PortalEditor = "portal-editor";

    public static void AddPolicies(AuthorizationOptions options)
    {
        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser());
        options.AddPolicy(Staff, p => p.RequireRole(AppRoles.Staff.Select(r => r.ToString())));
        options.AddPolicy(Administer, p => p.RequireRole(nameof(AppRole.Administrator)));
        options.AddPolicy(CouncilOffice, p => p.RequireRole(nameof(AppRole.Administrator), nameof(AppRole.CouncilOffice)));
        options.AddPolicy(PortalEditor, p => p.RequireRole(nameof(AppRole.Administrator), nameof(AppRole.CouncilOffice), nameof(AppRole.Editor)));
    }
}

/// <summary>
/// The resource rule: staff act only in the units where they hold their role; administrators act everywhere.
/// Staff of one council cannot act in another's.
/// </summary>
public static class UnitScope
{
    public const string ClaimType = "dongthuan:scope";

    public static string ClaimValue(AppRole role, Guid? bodyId, Guid? unitId) => $"{role}|{bodyId}|{unitId}";

    public static IEnumerable<(AppRole Role, Guid? BodyId, Guid? UnitId)> Scopes(ClaimsPrincipal user) =>
        user.FindAll(ClaimType).Select(c => c.Value.Split('|')).Where(p => p.Length == 3).Select(p => (
            Enum.Parse<AppRole>(p[0]),
            Guid.TryParse(p[1], out var b) ? b : (Guid?)null,
            Guid.TryParse(p[2], out var u) ? u : (Guid?)null));

    public const string PersonClaimType = "dongthuan:person";

    /// <summary>The person in the organisation the account belongs to, if any.</summary>
    public static Guid? PersonId(ClaimsPrincipal user) => Guid.TryParse(user.FindFirstValue(PersonClaimType), out var id) ? id : null;

    public static bool IsAdministrator(ClaimsPrincipal user) => user.IsInRole(nameof(AppRole.Administrator));

    /// <summary>Does the user act as council office staff in <paramref name="unitId"/> (or as an administrator)?</summary>
    public static bool IsCouncilOfficeOf(ClaimsPrincipal user, Guid unitId) =>
        IsAdministrator(user) || Scopes(user).Any(s => s.Role == AppRole.CouncilOffice && s.UnitId == unitId);

    /// <summary>May the user write the portal's news and moderate its comments in <paramref name="unitId"/> (council office, editor, or administrator)?</summary>
    public static bool IsPortalEditorOf(ClaimsPrincipal user, Guid unitId) => IsAdministrator(user) || PortalUnits(user).Contains(unitId);

    /// <summary>Does the user hold any staff role in <paramref name="unitId"/> (council office, committee, delegate, executive, Front), or administer?</summary>
    public static bool IsStaffOf(ClaimsPrincipal user, Guid unitId) =>
        IsAdministrator(user) || Scopes(user).Any(s => s.UnitId == unitId && AppRoles.Staff.Contains(s.Role));

    /// <summary>Is the user an officer of the executive (people's committee or a department) in <paramref name="unitId"/>?</summary>
    public static bool IsExecutiveOf(ClaimsPrincipal user, Guid unitId) =>
        IsAdministrator(user) || Scopes(user).Any(s => s.Role == AppRole.ExecutiveOfficer && s.UnitId == unitId);

    /// <summary>The records of the units where the user is council office staff; all of them for administrators.</summary>
    public static IQueryable<T> OfficeScoped<T>(this IQueryable<T> query, ClaimsPrincipal user)
        where T : class, Infrastructure.Domain.IUnitOwned => InUnits(query, user, OfficeUnits(user));

    /// <summary>The records of the units whose portal the user edits; all of them for administrators.</summary>
    public static IQueryable<T> PortalScoped<T>(this IQueryable<T> query, ClaimsPrincipal user)
        where T : class, Infrastructure.Domain.IUnitOwned => InUnits(query, user, PortalUnits(user));

    /// <summary>The records of the units where the user holds any staff role; all of them for administrators.</summary>
    public static IQueryable<T> StaffScoped<T>(this IQueryable<T> query, ClaimsPrincipal user)
        where T : class, Infrastructure.Domain.IUnitOwned =>
        InUnits(query, user, [.. Scopes(user).Where(s => s.UnitId is not null && AppRoles.Staff.Contains(s.Role)).Select(s => s.UnitId!.Value).Distinct()]);

    /// <summary>The units in which the user is council office staff (empty for administrators, who have all).</summary>
    public static IReadOnlyList<Guid> OfficeUnits(ClaimsPrincipal user) => UnitsHolding(user, AppRole.CouncilOffice);

    /// <summary>The units whose portal the user edits: as council office or as editor (empty for administrators, who have all).</summary>
    public static IReadOnlyList<Guid> PortalUnits(ClaimsPrincipal user) => UnitsHolding(user, AppRole.CouncilOffice, AppRole.Editor);

    private static IReadOnlyList<Guid> UnitsHolding(ClaimsPrincipal user, params AppRole[] roles) =>
        [.. Scopes(user).Where(s => roles.Contains(s.Role) && s.UnitId is not null).Select(s => s.UnitId!.Value).Distinct()];

    private static IQueryable<T> InUnits<T>(IQueryable<T> query, ClaimsPrincipal user, IReadOnlyList<Guid> units)
        where T : class, Infrastructure.Domain.IUnitOwned => IsAdministrator(user) ? query : query.Where(x => units.Contains(x.UnitId));
}
