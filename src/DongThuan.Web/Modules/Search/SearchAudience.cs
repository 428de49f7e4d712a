using System.Security.Claims;
using DongThuan.Web.Modules.Accounts;

namespace DongThuan.Web.Modules.Search;

/// <summary>
/// Who, besides the public, may find a record: keys a source writes beside the record, and the keys a signed-in
/// user holds through the roles of their account. A user finds a record when they hold one of its keys, so the
/// search never shows what the record's own pages would refuse. Administrators find everything.
/// </summary>
public static class SearchAudience
{
    /// <summary>The council office (Văn phòng / Thường trực) of a unit.</summary>
    public static string Office(Guid unitId) => $"office:{unitId:N}";

    /// <summary>Those who write the portal's news in a unit: the council office and the editors.</summary>
    public static string Portal(Guid unitId) => $"portal:{unitId:N}";

    /// <summary>Anyone holding a staff role (office, committee, delegate, executive, Front) in a unit.</summary>
    public static string Staff(Guid unitId) => $"staff:{unitId:N}";

    /// <summary>Anyone holding a role in a body (a committee, a delegate group, a department).</summary>
    public static string Body(Guid bodyId) => $"body:{bodyId:N}";

    /// <summary>The executive officers acting for a body (the agency a question or petition went to).</summary>
    public static string Executive(Guid bodyId) => $"exec:{bodyId:N}";

    /// <summary>A delegate by their person (the author or a co-signer of a question).</summary>
    public static string Delegate(Guid personId) => $"delegate:{personId:N}";

    /// <summary>A person by name (the official a recommendation names).</summary>
    public static string Person(Guid personId) => $"person:{personId:N}";

    /// <summary>The keys a user holds; null for an administrator, who is not filtered.</summary>
    public static IReadOnlyList<string>? For(ClaimsPrincipal user)
    {
        if (UnitScope.IsAdministrator(user))
        {
            return null;
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (role, bodyId, unitId) in UnitScope.Scopes(user))
        {
            if (unitId is { } unit)
            {
                if (role == AppRole.CouncilOffice)
                {
                    keys.Add(Office(unit));
                }

                if (role is AppRole.CouncilOffice or AppRole.Editor)
                {
                    keys.Add(Portal(unit));
                }

                if (AppRoles.Staff.Contains(role))
                {
                    keys.Add(Staff(unit));
                }
            }

            if (bodyId is { } body && role != AppRole.Editor)
            {
                keys.Add(Body(body));
                if (role == AppRole.ExecutiveOfficer)
                {
                    keys.Add(Executive(body));
                }
            }
        }

        if (UnitScope.PersonId(user) is { } person)
        {
            keys.Add(Person(person));
            if (user.IsInRole(nameof(AppRole.Delegate)))
            {
                keys.Add(Delegate(person));
            }
        }

        return [.. keys.Order(StringComparer.Ordinal)];
    }
}
