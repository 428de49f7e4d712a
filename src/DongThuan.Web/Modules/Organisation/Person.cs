using DongThuan.Web.Infrastructure.Domain;

namespace DongThuan.Web.Modules.Organisation;

/// <summary>A person who serves in the bodies of a unit: delegate, official, Front officer.</summary>
public sealed class Person : Entity, IArchivable, IUnitOwned
{
    public string FullName { get; private set; } = "";

    public Guid UnitId { get; private set; }

    public string? Email { get; private set; }

    public string? Phone { get; private set; }

    public DateTimeOffset? ArchivedAt { get; private set; }

    private Person()
    {
    }

    public static Person Create(string fullName, Unit unit, string? email, string? phone, out Outcome outcome)
    {
        var person = new Person { UnitId = unit.Id };
        outcome = person.Update(fullName, email, phone);
        return person;
    }

    public Outcome Update(string fullName, string? email, string? phone)
    {
        if (string.IsNullOrWhiteSpace(fullName))
        {
            return OrganisationRefusals.NameRequired;
        }

        if (!string.IsNullOrWhiteSpace(email) && !System.Net.Mail.MailAddress.TryCreate(email.Trim(), out _))
        {
            return OrganisationRefusals.EmailInvalid;
        }

        FullName = fullName.Trim();
        Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
        Phone = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();
        return Outcome.Done;
    }

    public void Archive(DateTimeOffset at) => ArchivedAt ??= at;
}
