using System.Net.Mail;
using DongThuan.Web.Infrastructure.Domain;
using Microsoft.AspNetCore.Identity;

namespace DongThuan.Web.Modules.Petitions;

/// <summary>
/// Who raised a petition, stored apart from it (ADR 0009). Only the council office reads it, never the
/// agency answering; a denunciation's identity is restricted further, and each look at it is recorded
/// as an <see cref="IdentityDisclosure"/>. Every field is personal data: the audit trail says that it
/// changed, never what it holds.
/// </summary>
public sealed class PetitionerIdentity : Entity
{
    public const int NameMax = 200;

    public Guid PetitionId { get; private set; }

    [PersonalData]
    public string? Name { get; private set; }

    /// <summary>Lower-case, trimmed.</summary>
    [PersonalData]
    public string? Email { get; private set; }

    /// <summary>Digits only, in the national form (0912345678).</summary>
    [PersonalData]
    public string? Phone { get; private set; }

    [PersonalData]
    public string? Address { get; private set; }

    /// <summary>The citizen account that filed it, if they were signed in.</summary>
    public string? UserId { get; private set; }

    /// <summary>A denunciation's author: readable only through a recorded disclosure.</summary>
    public bool Restricted { get; private set; }

    public DateTimeOffset? ErasedAt { get; private set; }

    private PetitionerIdentity()
    {
    }

    public static PetitionerIdentity For(Petition petition, string? name, string? email, string? phone, string? address, string? userId) => new()
    {
        PetitionId = petition.Id,
        Name = Clean(name),
        Email = Contact.NormaliseEmail(email),
        Phone = Contact.NormalisePhone(phone),
        Address = Clean(address),
        UserId = userId,
        Restricted = petition.Kind == PetitionKind.Denunciation,
    };

    /// <summary>The words that identify the person, for redaction checks and anonymisation.</summary>
    public IReadOnlyList<string> Identifying => [.. new[] { Name, Email, Phone, Address }.OfType<string>().Where(s => s.Length >= 3)];

    /// <summary>Does the contact given at a status lookup match this identity? Email or phone, normalised.</summary>
    public bool Matches(string? contact) =>
        ErasedAt is null && !string.IsNullOrWhiteSpace(contact)
        && ((Email is not null && Contact.NormaliseEmail(contact) == Email) || (Phone is not null && Contact.NormalisePhone(contact) == Phone));

    public void Restrict(bool restricted) => Restricted = restricted;

    /// <summary>
    /// Links the petition to the citizen account that proved it knows the code and the contact: it then lists the petition
    /// among its own and hears of its progress. False when erased, or when another account already holds it.
    /// </summary>
    public bool LinkTo(string userId)
    {
        if (ErasedAt is not null || (UserId is not null && UserId != userId))
        {
            return false;
        }

        UserId = userId;
        return true;
    }

    /// <summary>Erasure on request or at the end of retention: the record stays (the petition happened), the person does not.</summary>
    public void Erase(DateTimeOffset at)
    {
        Name = null;
        Email = null;
        Phone = null;
        Address = null;
        UserId = null;
        ErasedAt = at;
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>What the petitioner agreed to, purpose by purpose, and when (Luật 91/2025: consent per purpose; silence is not consent).</summary>
public enum ConsentPurpose
{
    /// <summary>Processing their data to handle the petition.</summary>
    Handling = 1,

    /// <summary>Publishing the answer, with their data removed.</summary>
    PublishAnswer = 2,

    /// <summary>Being told of progress by email.</summary>
    EmailUpdates = 3,
}

public sealed class ConsentRecord : Entity
{
    public Guid IdentityId { get; private set; }

    public ConsentPurpose Purpose { get; private set; }

    public bool Given { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>Where the answer came from: the web form's checkbox, or the legal basis for data taken down by staff.</summary>
    public string Basis { get; private set; } = "";

    private ConsentRecord()
    {
    }

    public static ConsentRecord Of(PetitionerIdentity identity, ConsentPurpose purpose, bool given, DateTimeOffset at, string basis) =>
        new() { IdentityId = identity.Id, Purpose = purpose, Given = given, At = at, Basis = basis };
}

/// <summary>Someone looked at a restricted identity: who, when and why. The identity itself is not copied here.</summary>
public sealed class IdentityDisclosure : Entity
{
    public Guid IdentityId { get; private set; }

    public string UserId { get; private set; } = "";

    public DateTimeOffset At { get; private set; }

    public string Purpose { get; private set; } = "";

    private IdentityDisclosure()
    {
    }

    public static IdentityDisclosure Record(PetitionerIdentity identity, string userId, DateTimeOffset at, string purpose) =>
        new() { IdentityId = identity.Id, UserId = userId, At = at, Purpose = purpose.Trim() };
}

/// <summary>Email and phone as entered, made comparable.</summary>
public static class Contact
{
    public static string? NormaliseEmail(string? email)
    {
        var e = email?.Trim().ToLowerInvariant();
        return string.IsNullOrEmpty(e) || !e.Contains('@', StringComparison.Ordinal) ? null : e;
    }

    /// <summary>Vietnamese numbers: "+84 912 345 678" and "0912.345.678" are the same number.</summary>
    public static string? NormalisePhone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var digits = new string([.. phone.Where(char.IsAsciiDigit)]);
        // National numbers start with 0 and have 10 digits; 84 and 9 more digits is the same number written internationally.
        if (digits.StartsWith("84", StringComparison.Ordinal) && (phone.TrimStart().StartsWith('+') || digits.Length == 11))
        {
            digits = "0" + digits[2..];
        }

        return digits.Length == 0 ? null : digits;
    }

    public static bool IsValidEmail(string? email) =>
        !string.IsNullOrWhiteSpace(email) && email.Length <= 200 && MailAddress.TryCreate(email.Trim(), out var a) && a.Address == email.Trim();

    public static bool IsValidPhone(string? phone) => NormalisePhone(phone) is { Length: >= 9 and <= 12 } && phone!.Length <= 30;
}
