using Microsoft.AspNetCore.Identity;

namespace DongThuan.Web.Modules.Accounts;

/// <summary>A sign-in account. Staff accounts link to the person they are in the organisation.</summary>
public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    public Guid? PersonId { get; set; }

    public DateTimeOffset? ArchivedAt { get; set; }
}
